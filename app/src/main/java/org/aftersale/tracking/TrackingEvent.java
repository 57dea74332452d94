package org.aftersale.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * One stored carrier event of a shipment, for timelines and support.
 *
 * @param originalOffset the offset the source gave, to show local time
 * @param zoneGuessed the source gave no zone and UTC was assumed
 */
public record TrackingEvent(long id, Instant occurredAt, @Nullable ZoneOffset originalOffset, boolean zoneGuessed,
		ShipmentStatus status, @Nullable ShipmentSubStatus subStatus, @Nullable String code, String description,
		@Nullable EventLocation location, @Nullable String signedBy, @Nullable LocalDate estimatedDelivery,
		String source, String raw, Instant receivedAt) {

}
