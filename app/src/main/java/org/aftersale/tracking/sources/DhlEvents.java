package org.aftersale.tracking.sources;

import java.util.ArrayList;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * DHL Unified Shipment Tracking: {@code shipments[].events[]}. Accepts the API's body or
 * one wrapped in {@code trackingResponse} (how karrio's sample stores it).
 */
public final class DhlEvents {

	private DhlEvents() {
	}

	public static List<CarrierEvent> fromTrackingResponse(JsonNode response) {
		JsonNode body = response.has("trackingResponse") ? response.path("trackingResponse") : response;
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode shipment : body.path("shipments")) {
			events.addAll(fromShipment(shipment));
		}
		return List.copyOf(events);
	}

	private static List<CarrierEvent> fromShipment(JsonNode shipment) {
		String trackingNumber = JsonFields.textOr(shipment, "id", "");
		String signedBy = JsonFields.text(shipment.path("details").path("proofOfDelivery").path("signed"), "name");
		List<CarrierEvent> events = JsonFields.elements(shipment.path("events"))
			.stream()
			.map(event -> toEvent(event, trackingNumber, signedBy))
			.toList();
		return Snapshots.withEstimateOnNewest(events,
				JsonFields.date(JsonFields.text(shipment, "estimatedTimeOfDelivery")));
	}

	private static CarrierEvent toEvent(JsonNode event, String trackingNumber, @Nullable String signedBy) {
		String statusCode = JsonFields.textOr(event, "statusCode", "unknown");
		StatusMapping mapping = DhlCodes.map(statusCode);
		JsonNode address = event.path("location").path("address");
		String country = JsonFields.text(address, "countryCode");
		// Event timestamps come with or without offset depending on the DHL division;
		// without one they are the scan's local time.
		EventTime time = EventTime.parse(JsonFields.text(event, "timestamp"), country)
			.orElseThrow(() -> new IllegalArgumentException("DHL event without timestamp"));
		String description = JsonFields.text(event, "description");
		return new CarrierEvent(trackingNumber, "dhl", mapping.status(), mapping.subStatus(), statusCode,
				(description != null) ? description : JsonFields.textOr(event, "status", statusCode), time.occurredAt(),
				time.originalOffset(), time.zoneGuessed(),
				JsonFields.location(JsonFields.text(address, "addressLocality"), null,
						JsonFields.text(address, "postalCode"), country),
				(mapping.status() == ShipmentStatus.DELIVERED) ? signedBy : null, null, "dhl", JsonFields.raw(event));
	}

}
