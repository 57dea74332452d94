package org.aftersale.tracking.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.aftersale.tracking.TrackingSources;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ShopifyEventsTests {

	private final TrackingSources sources = new TrackingSources();

	@Test
	void mapsAFulfillmentWithoutShipmentStatusAsInfoReceived() {
		JsonNode fixture = TrackingFixtures.load("shopify_rest_fixtures/fulfillment.json");

		List<CarrierEvent> events = this.sources.fromShopifyFulfillment(fixture);

		TrackingFixtures.assertWellFormed(events, List.of(fixture.path("fulfillment")));
		CarrierEvent event = events.get(0);
		assertThat(event.trackingNumber()).isEqualTo("1Z2345");
		assertThat(event.status()).isEqualTo(ShipmentStatus.INFO_RECEIVED);
		assertThat(event.originalOffset()).isEqualTo(ZoneOffset.ofHours(-4));
		assertThat(event.source()).isEqualTo("shopify");
	}

	@Test
	void usesShipmentStatusOfTheWebhookBody() {
		ObjectNode body = (ObjectNode) TrackingFixtures.load("shopify_rest_fixtures/webhook_body_fulfillment.json");
		body.put("shipment_status", "attempted_delivery").put("tracking_company", "UPS");

		CarrierEvent event = this.sources.fromShopifyFulfillment(body).get(0);

		assertThat(event.status()).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
		assertThat(event.carrier()).isEqualTo("ups");
	}

	@Test
	void mapsAFulfillmentEvent() {
		JsonNode fixture = TrackingFixtures.load("shopify_rest_fixtures/fulfillment_event.json");

		CarrierEvent event = this.sources.fromShopifyFulfillmentEvent(fixture, "1Z2345", "ups");

		TrackingFixtures.assertWellFormed(List.of(event), List.of(fixture.path("fulfillment_event")));
		assertThat(event.status()).isEqualTo(ShipmentStatus.INFO_RECEIVED);
		assertThat(event.code()).isEqualTo("label_printed");
		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2021-01-25T21:32:23Z"));
		assertThat(event.location()).isNull();
	}

	@Test
	void mapsEveryShipmentStatusShopifyDocuments() {
		assertThat(ShopifyCodes.SHIPMENT_STATUSES).containsKeys("label_printed", "label_purchased",
				"attempted_delivery", "ready_for_pickup", "confirmed", "in_transit", "out_for_delivery", "delivered",
				"failure");
		assertThat(ShopifyCodes.SHIPMENT_STATUSES.get("failure"))
			.isEqualTo(new StatusMapping(ShipmentStatus.EXCEPTION, ShipmentSubStatus.OTHER));
	}

}
