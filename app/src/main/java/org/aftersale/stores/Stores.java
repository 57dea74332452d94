package org.aftersale.stores;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Stores extends CrudRepository<Store, UUID> {

	@Query("select * from stores.store where slug = :slug")
	Optional<Store> findBySlug(String slug);

}
