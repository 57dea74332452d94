package org.aftersale.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.aftersale.kernel.StoreId;

/**
 * The repository's locking read of the shipments that carry given tracking numbers, in
 * two statements whatever their number (see ADR 15).
 */
interface ShipmentsByNumber {

	/**
	 * The store's live shipments by normalized tracking number, locked in id order; a
	 * number may sit on several orders.
	 */
	Map<String, List<Shipment>> lockByNumber(StoreId storeId, Collection<String> normalizedNumbers);

}
