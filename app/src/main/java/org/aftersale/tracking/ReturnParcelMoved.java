package org.aftersale.tracking;

import java.time.Instant;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * A parcel coming back to the store changed status: the carrier scanned it for the first
 * time, or it reached the store's warehouse.
 *
 * @param occurredAt when the carrier event that set {@code to} happened (UTC)
 * @param deliveredAt set when {@code to} is {@code delivered}
 */
public record ReturnParcelMoved(StoreId storeId, ShipmentId shipmentId, OrderId orderId, ShipmentStatus from,
		ShipmentStatus to, Instant occurredAt, @Nullable Instant deliveredAt, String trackingNumber,
		@Nullable String carrier) {

	/** Whether the carrier has the parcel now: it was scanned, not only announced. */
	public boolean scanned() {
		return to != ShipmentStatus.PENDING && to != ShipmentStatus.INFO_RECEIVED && to != ShipmentStatus.EXPIRED;
	}

}
