package org.aftersale.tracking.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.aftersale.tracking.TrackingSources;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UspsEventsTests {

	private final TrackingSources sources = new TrackingSources();

	private final JsonNode response = TrackingFixtures.karrio("usps__tracking_responses.json");

	@Test
	void mapsBothResultsWithGmtOffsets() {
		List<CarrierEvent> events = this.sources.fromUsps(this.response);

		List<JsonNode> nodes = new ArrayList<>(TrackingFixtures.nodes(this.response.get(0).path("trackingEvents")));
		nodes.addAll(TrackingFixtures.nodes(this.response.get(1).path("trackingEvents")));
		TrackingFixtures.assertWellFormed(events, nodes);
		assertThat(events).hasSize(13);

		CarrierEvent delivered = events.get(0);
		assertThat(delivered.trackingNumber()).isEqualTo("9400109104250532908587");
		assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(delivered.subStatus()).isEqualTo(ShipmentSubStatus.DELIVERED_TO_PARCEL_LOCKER);
		// GMTTimestamp is the instant (with seconds); GMTOffset the local offset.
		assertThat(delivered.occurredAt()).isEqualTo(Instant.parse("2024-11-22T18:58:40Z"));
		assertThat(delivered.originalOffset()).isEqualTo(ZoneOffset.ofHours(-5));
		assertThat(delivered.occurredAt().atOffset(delivered.originalOffset()).toLocalDateTime())
			.hasToString("2024-11-22T13:58:40");
		assertThat(events.get(1).status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
		assertThat(events.get(11).status()).isEqualTo(ShipmentStatus.INFO_RECEIVED);
		assertThat(events.subList(2, 11)).extracting(CarrierEvent::status).containsOnly(ShipmentStatus.IN_TRANSIT);
		assertThat(events.subList(2, 11)).extracting(CarrierEvent::subStatus).containsOnlyNulls();

		// The spec sample: offset "-7:00" without leading zero, and code "string".
		CarrierEvent sample = events.get(12);
		assertThat(sample.originalOffset()).isEqualTo(ZoneOffset.ofHours(-7));
		assertThat(sample.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
		assertThat(sample.subStatus()).isEqualTo(ShipmentSubStatus.OTHER);
		assertThat(sample.estimatedDelivery()).hasToString("2019-08-24");
	}

	@Test
	void readsOffsetsInEveryFormUspsWrites() {
		assertThat(JsonFields.offset("-05:00")).isEqualTo(ZoneOffset.ofHours(-5));
		assertThat(JsonFields.offset("-7:00")).isEqualTo(ZoneOffset.ofHours(-7));
		assertThat(JsonFields.offset("-420")).isEqualTo(ZoneOffset.ofHours(-7));
		assertThat(JsonFields.offset("+05:30")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
		assertThat(JsonFields.offset("bogus")).isNull();
	}

	@Test
	void mapsEveryEventCodeInTheFixture() {
		TrackingFixtures.nodes(this.response.get(0).path("trackingEvents"))
			.forEach(e -> assertThat(UspsCodes.EVENTS).containsKey(e.path("eventCode").asString()));
	}

}
