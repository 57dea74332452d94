package org.aftersale.tracking;

import java.time.Instant;
import java.time.LocalDate;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * A parcel is late: its promised delivery date has passed, or the carrier has not scanned
 * it for the store's number of days. Announced once per promised date and once per
 * silence.
 *
 * @param promisedDate the broken promise, for {@code PAST_PROMISED_DATE}
 * @param lastScanAt the last carrier scan, for {@code NO_SCAN}
 * @param lateSince when the parcel became late: the end of the promised day in the
 * store's calendar, or the last scan plus the store's silence threshold. A parcel taken
 * in long after it left is found late much later than it became late.
 */
public record DeliveryDelayed(StoreId storeId, ShipmentId shipmentId, OrderId orderId, Reason reason,
		@Nullable LocalDate promisedDate, @Nullable Instant lastScanAt, Instant lateSince, Instant occurredAt,
		String trackingNumber, @Nullable String carrier) {

	/** Why the parcel counts as late. */
	public enum Reason {

		PAST_PROMISED_DATE, NO_SCAN

	}

}
