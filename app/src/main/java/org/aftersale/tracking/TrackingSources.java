package org.aftersale.tracking;

import java.util.List;

import org.aftersale.tracking.sources.DhlEvents;
import org.aftersale.tracking.sources.EasyPostEvents;
import org.aftersale.tracking.sources.FedexEvents;
import org.aftersale.tracking.sources.ShopifyEvents;
import org.aftersale.tracking.sources.UpsEvents;
import org.aftersale.tracking.sources.UspsEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns each source's tracking payload into normalized {@link CarrierEvent}s. Every event
 * in the payload yields one event (none is dropped for an unknown code: those become
 * {@code in_transit} with sub-status {@code other}), with {@code raw} holding that
 * event's JSON. Payloads without the expected structure yield an empty list; an event
 * without a time is rejected with {@link IllegalArgumentException}.
 */
@Component
public class TrackingSources {

	/** An EasyPost Tracker object's {@code tracking_details}. */
	public List<CarrierEvent> fromEasyPostTracker(JsonNode tracker) {
		return EasyPostEvents.fromTracker(tracker);
	}

	/**
	 * The Tracker of an EasyPost {@code tracker.updated} webhook body; empty for others.
	 */
	public List<CarrierEvent> fromEasyPostEvent(JsonNode webhookEventBody) {
		return EasyPostEvents.fromEvent(webhookEventBody);
	}

	/** A UPS Track API v1 response; local times without GMT fields are zone-guessed. */
	public List<CarrierEvent> fromUps(JsonNode trackResponse) {
		return UpsEvents.fromTrackResponse(trackResponse);
	}

	/** A FedEx Track API v1 response; results carrying only an error yield nothing. */
	public List<CarrierEvent> fromFedex(JsonNode trackResponse) {
		return FedexEvents.fromTrackResponse(trackResponse);
	}

	/** A USPS Tracking v3 result, or an array of them. */
	public List<CarrierEvent> fromUsps(JsonNode trackingResponse) {
		return UspsEvents.fromTrackingResponse(trackingResponse);
	}

	/** A DHL Unified Shipment Tracking response. */
	public List<CarrierEvent> fromDhl(JsonNode trackingResponse) {
		return DhlEvents.fromTrackingResponse(trackingResponse);
	}

	/** A Shopify fulfillment: one event per tracking number, none without one. */
	public List<CarrierEvent> fromShopifyFulfillment(JsonNode fulfillment) {
		return ShopifyEvents.fromFulfillment(fulfillment);
	}

	/** A Shopify fulfillment event for a fulfillment whose tracking number is known. */
	public CarrierEvent fromShopifyFulfillmentEvent(JsonNode fulfillmentEvent, String trackingNumber,
			@Nullable String carrier) {
		return ShopifyEvents.fromFulfillmentEvent(fulfillmentEvent, trackingNumber, carrier);
	}

}
