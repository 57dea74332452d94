package org.aftersale.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * One tracking event as any source reported it, already normalized: what every mapper
 * (EasyPost, UPS, FedEx, USPS, DHL, Shopify, our own API) produces and what shipments are
 * derived from.
 *
 * @param trackingNumber the parcel's number as the source wrote it
 * @param carrier our carrier code ({@code ups}, {@code fedex}, ...) when the source says
 * @param code the source's own event or status code, kept for de-duplication and support
 * @param occurredAt when it happened, in UTC
 * @param originalOffset the offset the source gave with the time; {@code null} with
 * {@code zoneGuessed} when it gave none
 * @param zoneGuessed the source's time had no zone and one was assumed (the location's or
 * UTC)
 * @param estimatedDelivery the carrier's promised date, when this event carries one
 * @param source which system reported it ({@code easypost}, {@code ups}, {@code api},
 * ...)
 * @param raw the event exactly as received (JSON), stored alongside
 */
public record CarrierEvent(String trackingNumber, @Nullable String carrier, ShipmentStatus status,
		@Nullable ShipmentSubStatus subStatus, @Nullable String code, String description, Instant occurredAt,
		@Nullable ZoneOffset originalOffset, boolean zoneGuessed, @Nullable EventLocation location,
		@Nullable String signedBy, @Nullable LocalDate estimatedDelivery, String source, String raw) {

}
