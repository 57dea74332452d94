package org.aftersale.orders;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Orders extends CrudRepository<Order, UUID>, NewOrders, OrdersById {

	@Query("select id from orders.shop_order where store_id = :storeId and source = :source and external_id = :externalId")
	Optional<UUID> findIdBySource(UUID storeId, String source, String externalId);

	@Query("select id from orders.shop_order where store_id = :storeId and id = :id")
	Optional<UUID> findIdInStore(UUID storeId, UUID id);

	@Query("select id from orders.shop_order where store_id = :storeId and id = :id for update")
	Optional<UUID> lockInStore(UUID storeId, UUID id);

}
