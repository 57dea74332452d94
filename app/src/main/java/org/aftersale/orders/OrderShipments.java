package org.aftersale.orders;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.aftersale.kernel.StoreId;

/**
 * SPI through which a downstream capability (tracking) shows the parcels it follows on an
 * order, without orders depending on it. When no implementation is present, an order's
 * shipments are what its shop reported in the fulfilments.
 */
public interface OrderShipments {

	/**
	 * The followed shipments of the given orders of one store, oldest first per order.
	 * Orders without any are absent from the map; never returns another store's
	 * shipments.
	 */
	Map<OrderId, List<OrderShipment>> of(StoreId storeId, Collection<OrderId> orderIds);

}
