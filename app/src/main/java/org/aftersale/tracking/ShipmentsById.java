package org.aftersale.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;

/**
 * The repository's read of many shipments, with their lines, in two statements (see ADR
 * 15).
 */
interface ShipmentsById {

	/** The store's shipments among these; others are left out. */
	Map<ShipmentId, Shipment> findAllInStore(StoreId storeId, Collection<ShipmentId> ids);

	/**
	 * The followed parcels of these orders of the store (not retired, not coming back),
	 * oldest first, in two statements however many orders.
	 */
	List<Shipment> findOutboundOfOrders(StoreId storeId, Collection<UUID> orderIds);

}
