package org.aftersale.tracking;

import java.time.Instant;
import java.time.LocalDate;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * The carrier promised a different delivery date (or its first one).
 *
 * @param occurredAt when Aftersale learnt it
 */
public record DeliveryEstimateChanged(StoreId storeId, ShipmentId shipmentId, OrderId orderId, @Nullable LocalDate from,
		@Nullable LocalDate to, Instant occurredAt) {

}
