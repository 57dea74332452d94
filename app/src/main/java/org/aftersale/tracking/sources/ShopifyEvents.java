package org.aftersale.tracking.sources;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aftersale.tracking.CarrierEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Shopify REST fulfillments ({@code fulfillments/create|update} webhooks) and fulfillment
 * events. Both are accepted bare or wrapped in their resource key, as the REST API
 * returns them.
 */
public final class ShopifyEvents {

	private ShopifyEvents() {
	}

	/**
	 * One event per tracking number of the fulfillment, at its {@code updated_at}; none
	 * when it has no tracking number (nothing to follow).
	 */
	public static List<CarrierEvent> fromFulfillment(JsonNode node) {
		JsonNode fulfillment = node.has("fulfillment") ? node.path("fulfillment") : node;
		String shipmentStatus = JsonFields.text(fulfillment, "shipment_status");
		String status = JsonFields.textOr(fulfillment, "status", "pending");
		StatusMapping mapping = (shipmentStatus != null)
				? ShopifyCodes.SHIPMENT_STATUSES.getOrDefault(shipmentStatus, StatusMapping.UNRECOGNISED)
				: ShopifyCodes.FULFILLMENT_STATUSES.getOrDefault(status, StatusMapping.UNRECOGNISED);
		String code = (shipmentStatus != null) ? shipmentStatus : status;
		String carrier = CarrierNames.code(JsonFields.text(fulfillment, "tracking_company"));
		EventTime time = EventTime
			.parse(JsonFields.textOr(fulfillment, "updated_at", JsonFields.textOr(fulfillment, "created_at", "")), null)
			.orElseThrow(() -> new IllegalArgumentException("Shopify fulfillment without updated_at"));
		List<CarrierEvent> events = new ArrayList<>();
		for (String number : trackingNumbers(fulfillment)) {
			events.add(new CarrierEvent(number, carrier, mapping.status(), mapping.subStatus(), code,
					"Shopify fulfillment " + code, time.occurredAt(), time.originalOffset(), time.zoneGuessed(), null,
					null, null, "shopify", JsonFields.raw(fulfillment)));
		}
		return List.copyOf(events);
	}

	/**
	 * A fulfillment event; it names only its fulfillment, so the caller supplies the
	 * tracking number and carrier it already knows for that fulfillment.
	 */
	public static CarrierEvent fromFulfillmentEvent(JsonNode node, String trackingNumber, @Nullable String carrier) {
		JsonNode event = node.has("fulfillment_event") ? node.path("fulfillment_event") : node;
		String status = JsonFields.textOr(event, "status", "");
		StatusMapping mapping = ShopifyCodes.SHIPMENT_STATUSES.getOrDefault(status, StatusMapping.UNRECOGNISED);
		EventTime time = EventTime.parse(JsonFields.text(event, "happened_at"), JsonFields.text(event, "country"))
			.orElseThrow(() -> new IllegalArgumentException("Shopify fulfillment event without happened_at"));
		String message = JsonFields.text(event, "message");
		return new CarrierEvent(trackingNumber, carrier, mapping.status(), mapping.subStatus(), status,
				(message != null) ? message : status, time.occurredAt(), time.originalOffset(), time.zoneGuessed(),
				JsonFields.location(JsonFields.text(event, "city"), JsonFields.text(event, "province"),
						JsonFields.text(event, "zip"), JsonFields.text(event, "country")),
				null, JsonFields.date(JsonFields.text(event, "estimated_delivery_at")), "shopify",
				JsonFields.raw(event));
	}

	private static Set<String> trackingNumbers(JsonNode fulfillment) {
		Set<String> numbers = new LinkedHashSet<>();
		for (JsonNode number : fulfillment.path("tracking_numbers")) {
			if (number.isString() && !number.asString().isBlank()) {
				numbers.add(number.asString().strip());
			}
		}
		String single = JsonFields.text(fulfillment, "tracking_number");
		if (single != null) {
			numbers.add(single);
		}
		return numbers;
	}

}
