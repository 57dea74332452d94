package org.aftersale.tracking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Shipments extends CrudRepository<Shipment, UUID>, ShipmentsById, ShipmentsByNumber {

	@Query("select id from tracking.shipment where store_id = :storeId and id = :id")
	Optional<UUID> findIdInStore(UUID storeId, UUID id);

	@Query("""
			select id from tracking.shipment
			where store_id = :storeId and order_id = :orderId and tracking_number_normalized = :number and retired_at is null
			  and direction = :direction
			order by created_at, id""")
	List<UUID> findIdsOfNumberOnOrder(UUID storeId, UUID orderId, String number, String direction);

}
