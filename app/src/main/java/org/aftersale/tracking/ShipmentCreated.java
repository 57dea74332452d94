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
 * @param shippedAt when the shop says the parcel left, if it says; a parcel taken in long
 * after it left (a back-fill, an import) has {@code occurredAt} much later than this
 * @param replaces the parcel this one corrects (the merchant fixed a mistyped number):
 * the shopper was told about the parcel then, so its creation is no news
 */
public record ShipmentCreated(StoreId storeId, ShipmentId shipmentId, OrderId orderId, @Nullable UUID fulfilmentId,
		String trackingNumber, @Nullable String carrier, @Nullable String trackingUrl, @Nullable Instant shippedAt,
		Instant occurredAt, @Nullable ShipmentId replaces) {

}
