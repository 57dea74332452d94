package org.aftersale.tracking.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.aftersale.tracking.TrackingSources;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class UpsEventsTests {

	private final TrackingSources sources = new TrackingSources();

	private final JsonNode response = TrackingFixtures.karrio("ups__tracking_response.json");

	private JsonNode activities() {
		return this.response.path("trackResponse").path("shipment").get(0).path("package").get(0).path("activity");
	}

	@Test
	void mapsTheKarrioSampleWithLocalTimesFlaggedAsGuessed() {
		List<CarrierEvent> events = this.sources.fromUps(this.response);

		TrackingFixtures.assertWellFormed(events, TrackingFixtures.nodes(activities()));
		CarrierEvent delivered = events.get(0);
		assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(delivered.trackingNumber()).isEqualTo("1Z1442YY7229014688");
		assertThat(delivered.carrier()).isEqualTo("ups");
		assertThat(delivered.code()).isEqualTo("D/F4");
		// A US scan without GMT fields: the US spans zones, so UTC is assumed and
		// flagged.
		assertThat(delivered.zoneGuessed()).isTrue();
		assertThat(delivered.originalOffset()).isNull();
		assertThat(delivered.occurredAt()).isEqualTo(Instant.parse("2022-01-26T16:30:00Z"));
		assertThat(delivered.signedBy()).isEqualTo("163000");
		assertThat(delivered.location().city()).isEqualTo("PARAMUS");
		assertThat(events.get(1).status()).isEqualTo(ShipmentStatus.INFO_RECEIVED);
		assertThat(events.get(1).signedBy()).isNull();
	}

	@Test
	void prefersGmtFieldsAndPadsTheSpecsShortTime() {
		ObjectNode activity = (ObjectNode) activities().get(1);
		activity.put("gmtDate", "20220126").put("gmtTime", "74700").put("gmtOffset", "-05:00");

		CarrierEvent event = this.sources.fromUps(this.response).get(1);

		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2022-01-26T07:47:00Z"));
		assertThat(event.originalOffset()).isEqualTo(ZoneOffset.ofHours(-5));
		assertThat(event.zoneGuessed()).isFalse();
	}

	@Test
	void readsLocalTimeInTheZoneOfASingleZoneCountry() {
		ObjectNode address = (ObjectNode) activities().get(0).path("location").path("address");
		address.put("countryCode", "DE");

		CarrierEvent event = this.sources.fromUps(this.response).get(0);

		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2022-01-26T15:30:00Z"));
		assertThat(event.zoneGuessed()).isTrue();
	}

	@Test
	void tellsOutForDeliveryAndFailedAttemptsApartFromTheirType() {
		assertThat(UpsCodes.map("D", "OUT FOR DELIVERY TODAY").status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
		assertThat(UpsCodes.map("X", "THE RECEIVER WAS NOT AVAILABLE FOR DELIVERY. A 2ND ATTEMPT WILL BE MADE"))
			.isEqualTo(new StatusMapping(ShipmentStatus.FAILED_ATTEMPT, ShipmentSubStatus.RECIPIENT_NOT_AVAILABLE));
		assertThat(UpsCodes.map("RS", "RETURNED TO SHIPPER").subStatus())
			.isEqualTo(ShipmentSubStatus.RETURNED_TO_SENDER);
		assertThat(UpsCodes.map("ZZ", "")).isEqualTo(StatusMapping.UNRECOGNISED);
	}

	@Test
	void mapsEveryStatusTypeTheTrackAlertSpecDocuments() {
		String doc = TrackingFixtures.load("ups_api_specs/UPSTrackAlert.openapi.json").toString();
		Matcher types = Pattern.compile("\\\\n\\s+([A-Z]{1,2})(?: and ([A-Z]{1,2}))? = ").matcher(doc);
		List<String> documented = new java.util.ArrayList<>();
		while (types.find()) {
			documented.add(types.group(1));
			if (types.group(2) != null) {
				documented.add(types.group(2));
			}
		}
		assertThat(documented).contains("M", "MV", "X", "I", "U", "D");
		assertThat(UpsCodes.TYPES).containsKeys(documented.toArray(String[]::new));
		assertThat(UpsCodes.TYPES).containsKeys(TrackingFixtures.nodes(activities())
			.stream()
			.map(a -> a.path("status").path("type").asString())
			.toArray(String[]::new));
	}

}
