package org.aftersale.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Shipments extends CrudRepository<Shipment, UUID> {

	@Query("select id from tracking.shipment where store_id = :storeId and id = :id")
	Optional<UUID> findIdInStore(UUID storeId, UUID id);

	@Query("select id from tracking.shipment where store_id = :storeId and order_id in (:orderIds) order by created_at, id")
	List<UUID> findIdsOfOrders(UUID storeId, Collection<UUID> orderIds);

	@Query("""
			select id from tracking.shipment
			where store_id = :storeId and order_id = :orderId and tracking_number_normalized = :number
			order by created_at, id""")
	List<UUID> findIdsOfNumberOnOrder(UUID storeId, UUID orderId, String number);

	// Locked in id order, so that two batches touching the same parcels wait for each
	// other instead of deadlocking or overwriting each other's derived status. "No key"
	// update, like the update that follows: it must not conflict with the key-share locks
	// that inserts referencing a shipment (events, poll schedules) take in any order.
	@Query("""
			select id from tracking.shipment
			where store_id = :storeId and tracking_number_normalized in (:numbers)
			order by id for no key update""")
	List<UUID> lockIdsOfNumbers(UUID storeId, Collection<String> numbers);

}
