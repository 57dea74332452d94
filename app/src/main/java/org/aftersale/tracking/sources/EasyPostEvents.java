package org.aftersale.tracking.sources;

import java.time.LocalDate;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** EasyPost Trackers, polled or pushed inside a {@code tracker.updated} Event. */
public final class EasyPostEvents {

	private EasyPostEvents() {
	}

	/** The events of a Tracker object's {@code tracking_details}, oldest first. */
	public static List<CarrierEvent> fromTracker(JsonNode tracker) {
		String trackingNumber = JsonFields.textOr(tracker, "tracking_code", "");
		String carrier = CarrierNames.code(JsonFields.text(tracker, "carrier"));
		LocalDate estimate = JsonFields.date(JsonFields.text(tracker, "est_delivery_date"));
		String signedBy = JsonFields.text(tracker, "signed_by");
		List<CarrierEvent> events = JsonFields.elements(tracker.path("tracking_details"))
			.stream()
			.map(detail -> toEvent(detail, trackingNumber, carrier, signedBy))
			.toList();
		return Snapshots.withEstimateOnNewest(events, estimate);
	}

	/**
	 * The Tracker inside a webhook Event body; nothing for events about other objects.
	 */
	public static List<CarrierEvent> fromEvent(JsonNode body) {
		JsonNode result = body.path("result");
		if (!"Tracker".equals(JsonFields.text(result, "object"))) {
			return List.of();
		}
		return fromTracker(result);
	}

	private static CarrierEvent toEvent(JsonNode detail, String trackingNumber, @Nullable String carrier,
			@Nullable String signedBy) {
		String status = JsonFields.textOr(detail, "status", "unknown");
		StatusMapping mapping = EasyPostCodes.map(status, JsonFields.textOr(detail, "status_detail", "unknown"));
		JsonNode where = detail.path("tracking_location");
		// EasyPost normalizes every datetime to UTC ("...Z"); the carrier's own offset is
		// gone, so the offset we keep is UTC's and the zone is not a guess.
		EventTime time = EventTime.parse(JsonFields.text(detail, "datetime"), null)
			.orElseThrow(() -> new IllegalArgumentException("EasyPost tracking detail without datetime"));
		String description = JsonFields.text(detail, "message");
		String code = status + "/" + JsonFields.textOr(detail, "status_detail", "unknown");
		return new CarrierEvent(trackingNumber, carrier, mapping.status(), mapping.subStatus(), code,
				(description != null) ? description : status, time.occurredAt(), time.originalOffset(),
				time.zoneGuessed(),
				JsonFields.location(JsonFields.text(where, "city"), JsonFields.text(where, "state"),
						JsonFields.text(where, "zip"), JsonFields.text(where, "country")),
				(mapping.status() == ShipmentStatus.DELIVERED) ? signedBy : null, null, "easypost",
				JsonFields.raw(detail));
	}

}
