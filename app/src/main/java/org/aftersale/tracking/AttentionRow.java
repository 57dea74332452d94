package org.aftersale.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * One shipment on the attention list, with what the merchant needs to act on it.
 *
 * @param orderNumber the shop's order number, {@code null} if the order is gone
 * @param handled the note covering the current problem, {@code null} while open
 */
public record AttentionRow(ShipmentId id, OrderId orderId, @Nullable String orderNumber, @Nullable String carrier,
		String trackingNumber, ShipmentStatus status, @Nullable ShipmentSubStatus subStatus,
		@Nullable Instant lastEventAt, @Nullable String lastEventDescription, @Nullable LocalDate estimatedDelivery,
		Set<AttentionCategory> categories, @Nullable AttentionNote handled) {

	AttentionRow withOrderNumber(@Nullable String number) {
		return new AttentionRow(id, orderId, number, carrier, trackingNumber, status, subStatus, lastEventAt,
				lastEventDescription, estimatedDelivery, categories, handled);
	}

}
