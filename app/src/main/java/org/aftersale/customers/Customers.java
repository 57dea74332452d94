package org.aftersale.customers;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

// The lock* finders take the row lock so that the registry and the order-history
// listener never overwrite each other's change (they would otherwise fail on @Version).
interface Customers extends CrudRepository<Customer, UUID>, CustomerLocks {

	@Query("select id from customers.customer where store_id = :storeId and email = :email for update")
	Optional<UUID> lockIdByEmail(UUID storeId, String email);

	@Query("select id from customers.customer where store_id = :storeId and source = :source and external_id = :externalId for update")
	Optional<UUID> lockIdBySource(UUID storeId, String source, String externalId);

	@Query("select id from customers.customer where store_id = :storeId and id = :id for update")
	Optional<UUID> lockIdInStore(UUID storeId, UUID id);

	@Query("select id from customers.customer where store_id = :storeId and id = :id")
	Optional<UUID> findIdInStore(UUID storeId, UUID id);

	@Query("select id from customers.customer where store_id = :storeId and email = :email")
	Optional<UUID> findIdByEmail(UUID storeId, String email);

}
