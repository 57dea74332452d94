package org.aftersale.tracking.sources;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * USPS Tracking v3: one tracking result, or an array of them, with
 * {@code trackingEvents[]}.
 */
public final class UspsEvents {

	private UspsEvents() {
	}

	public static List<CarrierEvent> fromTrackingResponse(JsonNode response) {
		if (!response.isArray()) {
			return fromResult(response);
		}
		List<CarrierEvent> events = new ArrayList<>();
		response.forEach(result -> events.addAll(fromResult(result)));
		return List.copyOf(events);
	}

	private static List<CarrierEvent> fromResult(JsonNode result) {
		String trackingNumber = JsonFields.textOr(result, "trackingNumber", "");
		List<CarrierEvent> events = JsonFields.elements(result.path("trackingEvents"))
			.stream()
			.map(event -> toEvent(event, trackingNumber))
			.toList();
		String predicted = JsonFields.text(result, "expectedDeliveryTimeStamp");
		return Snapshots.withEstimateOnNewest(events,
				JsonFields.date((predicted != null) ? predicted : JsonFields.text(result, "predictedDeliveryDate")));
	}

	private static CarrierEvent toEvent(JsonNode event, String trackingNumber) {
		String code = JsonFields.textOr(event, "eventCode", "");
		String type = JsonFields.textOr(event, "eventType", code);
		StatusMapping mapping = UspsCodes.map(code, type);
		String country = JsonFields.text(event, "eventCountry");
		EventTime time = time(event, country);
		return new CarrierEvent(trackingNumber, "usps", mapping.status(), mapping.subStatus(), code, type,
				time.occurredAt(), time.originalOffset(), time.zoneGuessed(),
				JsonFields.location(JsonFields.text(event, "eventCity"), JsonFields.text(event, "eventState"),
						JsonFields.text(event, "eventZIP"), country),
				(mapping.status() == ShipmentStatus.DELIVERED) ? JsonFields.text(event, "name") : null, null, "usps",
				JsonFields.raw(event));
	}

	/**
	 * {@code eventTimestamp} is local time without zone; {@code GMTTimestamp} is the
	 * instant and {@code GMTOffset} the local offset ("-05:00", "-7:00" or minutes).
	 */
	private static EventTime time(JsonNode event, @Nullable String country) {
		ZoneOffset offset = JsonFields.offset(JsonFields.text(event, "GMTOffset"));
		Optional<EventTime> gmt = JsonFields.offsetDateTime(JsonFields.text(event, "GMTTimestamp"))
			.map(utc -> new EventTime(utc.toInstant(), offset, offset == null));
		if (gmt.isPresent()) {
			return gmt.get();
		}
		String local = JsonFields.text(event, "eventTimestamp");
		if (offset != null && local != null && JsonFields.offsetDateTime(local).isEmpty()) {
			return EventTime.of(LocalDateTime.parse(local).atOffset(offset));
		}
		return EventTime.parse(local, country)
			.orElseThrow(() -> new IllegalArgumentException("USPS tracking event without time"));
	}

}
