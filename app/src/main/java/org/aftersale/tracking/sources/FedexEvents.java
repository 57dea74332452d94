package org.aftersale.tracking.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * FedEx Track API v1: {@code output.completeTrackResults[].trackResults[].scanEvents[]}.
 */
public final class FedexEvents {

	private FedexEvents() {
	}

	public static List<CarrierEvent> fromTrackResponse(JsonNode response) {
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode complete : response.path("output").path("completeTrackResults")) {
			for (JsonNode result : complete.path("trackResults")) {
				String number = JsonFields.text(result.path("trackingNumberInfo"), "trackingNumber");
				events.addAll(fromResult(result,
						(number != null) ? number : JsonFields.textOr(complete, "trackingNumber", "")));
			}
		}
		return List.copyOf(events);
	}

	private static List<CarrierEvent> fromResult(JsonNode result, String trackingNumber) {
		JsonNode delivery = result.path("deliveryDetails");
		String receivedBy = JsonFields.text(delivery, "receivedByName");
		String signedBy = (receivedBy != null) ? receivedBy : JsonFields.text(delivery, "signedByName");
		List<CarrierEvent> events = JsonFields.elements(result.path("scanEvents"))
			.stream()
			.map(scan -> toEvent(scan, trackingNumber, signedBy))
			.toList();
		return Snapshots.withEstimateOnNewest(events, estimate(result));
	}

	private static CarrierEvent toEvent(JsonNode scan, String trackingNumber, @Nullable String signedBy) {
		String eventType = JsonFields.textOr(scan, "eventType", "");
		StatusMapping mapping = FedexCodes.map(eventType, JsonFields.textOr(scan, "derivedStatusCode", ""),
				JsonFields.textOr(scan, "exceptionCode", ""), JsonFields.textOr(scan.path("delayDetail"), "type", ""));
		JsonNode where = scan.path("scanLocation");
		String country = JsonFields.text(where, "countryCode");
		// Scan dates carry the offset of the scan location ("2018-02-02T12:01:00-07:00").
		EventTime time = EventTime.parse(JsonFields.text(scan, "date"), country)
			.orElseThrow(() -> new IllegalArgumentException("FedEx scan event without date"));
		String description = JsonFields.textOr(scan, "eventDescription", eventType);
		String exception = JsonFields.text(scan, "exceptionDescription");
		if (exception != null && mapping.status() != ShipmentStatus.IN_TRANSIT) {
			description = description + ": " + exception;
		}
		return new CarrierEvent(trackingNumber, "fedex", mapping.status(), mapping.subStatus(), eventType, description,
				time.occurredAt(), time.originalOffset(), time.zoneGuessed(),
				JsonFields.location(JsonFields.text(where, "city"), JsonFields.text(where, "stateOrProvinceCode"),
						JsonFields.text(where, "postalCode"), country),
				(mapping.status() == ShipmentStatus.DELIVERED) ? signedBy : null, null, "fedex", JsonFields.raw(scan));
	}

	/**
	 * The promised date: an {@code ESTIMATED_DELIVERY} entry in {@code dateAndTimes},
	 * else the end of the estimated window.
	 */
	private static @Nullable LocalDate estimate(JsonNode result) {
		for (JsonNode entry : result.path("dateAndTimes")) {
			if ("ESTIMATED_DELIVERY".equals(JsonFields.text(entry, "type"))) {
				return JsonFields.date(JsonFields.text(entry, "dateTime"));
			}
		}
		JsonNode window = result.path("estimatedDeliveryTimeWindow").path("window");
		LocalDate ends = JsonFields.date(JsonFields.text(window, "ends"));
		return (ends != null) ? ends : JsonFields.date(JsonFields.text(window, "begins"));
	}

}
