package org.aftersale.tracking;

import java.util.Collection;
import java.util.Map;

import org.aftersale.kernel.StoreId;

/**
 * The repository's read of many shipments, with their lines, in two statements (see ADR
 * 15).
 */
interface ShipmentsById {

	/** The store's shipments among these; others are left out. */
	Map<ShipmentId, Shipment> findAllInStore(StoreId storeId, Collection<ShipmentId> ids);

}
