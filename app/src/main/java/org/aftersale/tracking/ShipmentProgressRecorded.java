package org.aftersale.tracking;

import java.util.Set;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;

/**
 * Carrier events changed what is stored about some shipments of these orders: their
 * status or only their latest scan, place or promise. Published once per applied batch,
 * for whatever shows shipments and caches them; the status changes themselves have events
 * of their own ({@link ShipmentStatusChanged} and the rest).
 */
public record ShipmentProgressRecorded(StoreId storeId, Set<OrderId> orderIds) {

}
