package org.aftersale.stores;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Stores extends CrudRepository<Store, UUID> {

	@Query("select * from stores.store where slug = :slug")
	Optional<Store> findBySlug(String slug);

	@Query("select * from stores.store order by created_at, id limit 1")
	Optional<Store> findFirstCreated();

	@Query(value = """
			select s.id, s.name, s.slug, m.role from stores.store s
			join stores.store_membership m on m.store_id = s.id
			where m.staff_account_id = :accountId order by s.name
			""", resultSetExtractorClass = StoreChoices.class)
	List<Team.StoreChoice> choicesFor(UUID accountId);

}
