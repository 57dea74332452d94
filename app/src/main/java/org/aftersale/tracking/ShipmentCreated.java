package org.aftersale.tracking;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * Aftersale started following a parcel of an order.
 *
 * @param carrier our carrier code, {@code null} while it is not known
 */
public record ShipmentCreated(StoreId storeId, ShipmentId shipmentId, OrderId orderId, @Nullable UUID fulfilmentId,
		String trackingNumber, @Nullable String carrier, @Nullable String trackingUrl, Instant occurredAt) {

}
