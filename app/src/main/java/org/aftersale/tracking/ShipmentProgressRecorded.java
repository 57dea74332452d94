package org.aftersale.tracking;

import java.util.List;
import java.util.Set;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;

/**
 * What one applied batch of carrier events changed about a store's shipments: the orders
 * whose shipments now read differently (status, or only the latest scan, place or
 * promise), and every status change, delivery, exception and new promise among them.
 * Published once per batch, besides the per-shipment events
 * ({@link ShipmentStatusChanged} and the rest), because every event costs each capability
 * that listens through the registry a publication record and a transaction of its own: a
 * capability that reacts to many parcels at once listens here and treats the whole batch
 * in one go.
 *
 * @param orderIds the orders whose shipments changed in any way, for whatever shows
 * shipments and caches them
 */
public record ShipmentProgressRecorded(StoreId storeId, Set<OrderId> orderIds,
		List<ShipmentStatusChanged> statusChanges, List<ShipmentDelivered> deliveries,
		List<ShipmentException> exceptions, List<DeliveryEstimateChanged> estimateChanges) {

	public ShipmentProgressRecorded {
		orderIds = Set.copyOf(orderIds);
		statusChanges = List.copyOf(statusChanges);
		deliveries = List.copyOf(deliveries);
		exceptions = List.copyOf(exceptions);
		estimateChanges = List.copyOf(estimateChanges);
	}

}
