package org.aftersale.tracking.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.aftersale.tracking.TrackingSources;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class FedexEventsTests {

	private final TrackingSources sources = new TrackingSources();

	private final JsonNode response = TrackingFixtures.karrio("fedex__tracking_response.json");

	private ObjectNode scan() {
		return (ObjectNode) this.response.path("output")
			.path("completeTrackResults")
			.get(0)
			.path("trackResults")
			.get(0)
			.path("scanEvents")
			.get(0);
	}

	@Test
	void mapsThePickupScanWithItsOffsetAndSkipsTheNotFoundResult() {
		List<CarrierEvent> events = this.sources.fromFedex(this.response);

		TrackingFixtures.assertWellFormed(events, List.of(scan()));
		CarrierEvent pickup = events.get(0);
		assertThat(pickup.trackingNumber()).isEqualTo("128667043726");
		assertThat(pickup.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
		// The scan carries a weather delay (delayDetail WEATHER/SNOW).
		assertThat(pickup.subStatus()).isEqualTo(ShipmentSubStatus.WEATHER_DELAY);
		assertThat(pickup.originalOffset()).isEqualTo(ZoneOffset.ofHours(-7));
		assertThat(pickup.zoneGuessed()).isFalse();
		assertThat(pickup.occurredAt()).isEqualTo(Instant.parse("2018-02-02T19:01:00Z"));
		assertThat(pickup.location().region()).isEqualTo("WA");
		assertThat(pickup.estimatedDelivery()).isEqualTo(LocalDate.of(2021, 10, 15));
		assertThat(pickup.signedBy()).isNull();
	}

	@Test
	void mapsADeliveredScanWithOffsetAndRecipient() {
		scan().put("eventType", "DL").put("derivedStatusCode", "DL").put("date", "2018-02-03T09:15:00-08:00");

		CarrierEvent delivered = this.sources.fromFedex(this.response).get(0);

		assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(delivered.originalOffset()).isEqualTo(ZoneOffset.ofHours(-8));
		assertThat(delivered.occurredAt()).isEqualTo(Instant.parse("2018-02-03T17:15:00Z"));
		assertThat(delivered.signedBy()).isEqualTo("Reciever");
	}

	@Test
	void namesTheReasonOfADeliveryException() {
		assertThat(FedexCodes.map("DE", "DE", "08", ""))
			.isEqualTo(new StatusMapping(ShipmentStatus.FAILED_ATTEMPT, ShipmentSubStatus.RECIPIENT_NOT_AVAILABLE));
		assertThat(FedexCodes.map("SE", "SE", "03", "").subStatus()).isEqualTo(ShipmentSubStatus.ADDRESS_PROBLEM);
		assertThat(FedexCodes.map("ZZ", "OD", "", "").status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
		assertThat(FedexCodes.map("ZZ", "ZZ", "", "")).isEqualTo(StatusMapping.UNRECOGNISED);
	}

	@Test
	void mapsEveryCodeTheSpecNamesAndTheBriefsCoreCodes() {
		String spec = TrackingFixtures.load("karrio_carrier_fixtures/specs/fedex_track_api_openapi.json")
			.path("components")
			.path("schemas")
			.path("StatusDetail")
			.path("properties")
			.path("code")
			.path("description")
			.asString();
		String[] documented = Arrays.stream(spec.substring(spec.indexOf("Example:") + 8).split(","))
			.map(String::strip)
			.toArray(String[]::new);
		assertThat(documented).contains("PU", "DE", "DP", "HL", "OC");
		assertThat(FedexCodes.EVENTS).containsKeys(documented).containsKeys("PU", "IT", "OD", "DL", "DE");
	}

}
