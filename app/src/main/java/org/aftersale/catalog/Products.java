package org.aftersale.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Products extends CrudRepository<Product, UUID>, ProductsById {

	@Query("select id from catalog.product where store_id = :storeId and source = :source and external_id = :externalId")
	Optional<UUID> findIdBySource(UUID storeId, String source, String externalId);

	@Query("select id from catalog.product where store_id = :storeId and id = :id")
	Optional<UUID> findIdInStore(UUID storeId, UUID id);

}
