package org.aftersale.tracking.sources;

import static org.aftersale.tracking.sources.TrackingFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.aftersale.tracking.TrackingSources;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EasyPostEventsTests {

	private final TrackingSources sources = new TrackingSources();

	@Test
	void mapsTheTrackerUpdatedWebhookBody() {
		JsonNode body = TrackingFixtures.load("easypost/fixtures/event-body.json");

		List<CarrierEvent> events = this.sources.fromEasyPostEvent(body);

		TrackingFixtures.assertWellFormed(events, TrackingFixtures.nodes(body.path("result").path("tracking_details")));
		assertThat(events).hasSize(7).allSatisfy(e -> {
			assertThat(e.trackingNumber()).isEqualTo("1");
			assertThat(e.carrier()).isEqualTo("fedex");
			assertThat(e.source()).isEqualTo("easypost");
			assertThat(e.originalOffset()).isEqualTo(ZoneOffset.UTC);
		});
		assertThat(events.get(0).status()).isEqualTo(ShipmentStatus.INFO_RECEIVED);
		CarrierEvent last = events.get(6);
		assertThat(last.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
		assertThat(last.subStatus()).isNull();
		assertThat(last.code()).isEqualTo("in_transit/arrived_at_facility");
		assertThat(last.occurredAt()).isEqualTo(Instant.parse("2024-08-02T18:50:00Z"));
		assertThat(last.location().city()).isEqualTo("EDISON");
		assertThat(last.estimatedDelivery()).isEqualTo(LocalDate.of(2024, 8, 5));
		assertThat(events.subList(0, 6)).allSatisfy(e -> assertThat(e.estimatedDelivery()).isNull());
	}

	@Test
	void mapsTheApiReferenceTracker() {
		JsonNode tracker = TrackingFixtures.load("easypost/responses/trackers-retrieve.json");

		List<CarrierEvent> events = this.sources.fromEasyPostTracker(tracker);

		TrackingFixtures.assertWellFormed(events, TrackingFixtures.nodes(tracker.path("tracking_details")));
		assertThat(events).extracting(CarrierEvent::status).containsOnly(ShipmentStatus.INFO_RECEIVED);
		assertThat(events.get(1).location().postalCode()).isEqualTo("77063");
	}

	@Test
	void namesTheReasonFromStatusDetail() {
		assertThat(EasyPostCodes.map("failure", "weather_delay"))
			.isEqualTo(new StatusMapping(ShipmentStatus.EXCEPTION, ShipmentSubStatus.WEATHER_DELAY));
		assertThat(EasyPostCodes.map("in_transit", "address_correction"))
			.isEqualTo(new StatusMapping(ShipmentStatus.IN_TRANSIT, ShipmentSubStatus.ADDRESS_PROBLEM));
		assertThat(EasyPostCodes.map("return_to_sender", "return").subStatus())
			.isEqualTo(ShipmentSubStatus.RETURNING_TO_SENDER);
		assertThat(EasyPostCodes.map("something_new", "unknown")).isEqualTo(StatusMapping.UNRECOGNISED);
	}

	@Test
	void putsTheSignatureOnTheDeliveredEventOnly() {
		ObjectNode tracker = (ObjectNode) TrackingFixtures.load("easypost/fixtures/event-body.json").path("result");
		tracker.put("signed_by", "J SMITH");
		((ObjectNode) tracker.path("tracking_details").get(6)).put("status", "delivered");

		List<CarrierEvent> events = this.sources.fromEasyPostTracker(tracker);

		assertThat(events.get(6).status()).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(events.get(6).signedBy()).isEqualTo("J SMITH");
		assertThat(events.get(5).signedBy()).isNull();
	}

	@Test
	void ignoresEventsAboutOtherObjects() {
		assertThat(this.sources.fromEasyPostEvent(JSON.readTree("{\"result\":{\"object\":\"Refund\"}}"))).isEmpty();
	}

	@Test
	void listsEveryDocumentedStatusAndEveryDetailInTheFixtures() {
		assertThat(EasyPostCodes.STATUSES).containsOnlyKeys("pre_transit", "in_transit", "out_for_delivery",
				"delivered", "available_for_pickup", "return_to_sender", "failure", "cancelled", "error", "unknown");
		Set<String> seen = new TreeSet<>();
		TrackingFixtures.load("easypost/fixtures/event-body.json")
			.path("result")
			.path("tracking_details")
			.forEach(d -> seen.add(d.path("status_detail").asString()));
		assertThat(EasyPostCodes.DETAILS).containsKeys(seen.toArray(String[]::new))
			.containsKeys("arrived_at_facility", "address_correction", "delivery_exception", "weather_delay");
	}

}
