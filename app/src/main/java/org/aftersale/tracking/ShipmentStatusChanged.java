package org.aftersale.tracking;

import java.time.Instant;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * A shipment's normalized status changed. One event per ingestion, from the status before
 * to the status after it: a backlog of scans arriving together does not announce every
 * intermediate step.
 *
 * @param occurredAt when the carrier event that set {@code to} happened (UTC)
 */
public record ShipmentStatusChanged(StoreId storeId, ShipmentId shipmentId, OrderId orderId, ShipmentStatus from,
		ShipmentStatus to, @Nullable ShipmentSubStatus subStatus, Instant occurredAt, String trackingNumber,
		@Nullable String carrier) {

}
