package org.aftersale.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One parcel of an order as an {@link OrderShipments} implementation describes it.
 *
 * @param status a normalized shipment status of the contract ({@code in_transit}, ...)
 * @param fulfilmentId the fulfilment it came from, when it came from one
 * @param lastEventAt when the carrier last reported on it
 * @param lastEventDescription what the carrier last reported, in its words
 * @param shippedAt when the parcel left, if known
 * @param lineIds the order's lines the parcel carries (empty when the shop did not say)
 */
public record OrderShipment(UUID id, @Nullable UUID fulfilmentId, @Nullable String carrier, String trackingNumber,
		@Nullable String trackingUrl, String status, @Nullable String subStatus, @Nullable LocalDate estimatedDelivery,
		@Nullable Instant deliveredAt, @Nullable Instant lastEventAt, @Nullable String lastEventDescription,
		@Nullable Instant shippedAt, List<UUID> lineIds) {

	public OrderShipment {
		lineIds = List.copyOf(lineIds);
	}

}
