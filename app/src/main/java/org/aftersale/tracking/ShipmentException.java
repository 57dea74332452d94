package org.aftersale.tracking;

import java.time.Instant;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * A shipment went into {@code exception}, or its exception's reason changed: something
 * the merchant must see.
 */
public record ShipmentException(StoreId storeId, ShipmentId shipmentId, OrderId orderId,
		@Nullable ShipmentSubStatus subStatus, String description, Instant occurredAt, String trackingNumber,
		@Nullable String carrier) {

}
