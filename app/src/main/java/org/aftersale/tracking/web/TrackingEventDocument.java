package org.aftersale.tracking.web;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One carrier event as {@code POST /api/v1/tracking-events} takes it, for the OpenAPI
 * document. The endpoint reads the batch as a tree, so that each event is checked on its
 * own and one bad event does not refuse the rest; this record says what each must look
 * like.
 */
@Schema(name = "TrackingEvent", description = "A carrier scan of a parcel")
record TrackingEventDocument(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1Z999AA10123456784",
				description = "4 to 40 letters and digits, as the carrier prints it") String trackingNumber,
		@Schema(example = "ups",
				description = "Carrier code (ups, fedex, usps, dhl, …); detected from the number when absent") @Nullable String carrier,
		@Schema(example = "in_transit", allowableValues = {
				"pending", "info_received", "in_transit", "out_for_delivery", "available_for_pickup", "failed_attempt",
				"delivered", "exception", "returned", "expired" },
				description = "in_transit when absent") @Nullable String status,
		@Schema(example = "customs_hold",
				description = "Sub-status of an exception or a failed attempt, such as customs_hold or address_issue") @Nullable String code,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Departed FedEx hub",
				description = "What the carrier said, shown to the shopper") String description,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-10-02T08:00:00-05:00",
				description = "With an offset; a time without one is taken as UTC and flagged zoneGuessed") OffsetDateTime occurredAt,
		@Nullable Location location){

	@Schema(name = "TrackingEventLocation")
	record Location(@Schema(example = "Memphis") @Nullable String city, @Schema(example = "TN") @Nullable String region,
			@Schema(example = "38118") @Nullable String postalCode,
			@Schema(example = "US", description = "ISO 3166-1 alpha-2") @Nullable String country) {
	}

}
