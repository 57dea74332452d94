package org.aftersale.tracking.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.TrackingSources;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DhlEventsTests {

	private final TrackingSources sources = new TrackingSources();

	private final JsonNode response = TrackingFixtures.karrio("dhl_universal__tracking.json");

	private ObjectNode event() {
		return (ObjectNode) this.response.path("trackingResponse").path("shipments").get(0).path("events").get(0);
	}

	@Test
	void mapsByStatusCodeNotByTheFreeTextStatus() {
		List<CarrierEvent> events = this.sources.fromDhl(this.response);

		TrackingFixtures.assertWellFormed(events, List.of(event()));
		CarrierEvent event = events.get(0);
		// DHL's sample pairs statusCode "pre-transit" with status "DELIVERED"; the code
		// wins.
		assertThat(event.status()).isEqualTo(ShipmentStatus.INFO_RECEIVED);
		assertThat(event.trackingNumber()).isEqualTo("7777777770");
		assertThat(event.carrier()).isEqualTo("dhl");
		assertThat(event.signedBy()).isNull();
		// A zone-less timestamp in the Netherlands: read as Amsterdam time, flagged.
		assertThat(event.zoneGuessed()).isTrue();
		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2018-03-02T06:53:47Z"));
		assertThat(event.location().country()).isEqualTo("NL");
		assertThat(event.estimatedDelivery()).hasToString("2018-08-03");
	}

	@Test
	void deliversWithTheProofOfDeliverySignature() {
		event().put("statusCode", "delivered").put("timestamp", "2018-03-02T07:53:47+01:00");

		CarrierEvent event = this.sources.fromDhl(this.response).get(0);

		assertThat(event.status()).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(event.signedBy()).isEqualTo("John");
		assertThat(event.zoneGuessed()).isFalse();
		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2018-03-02T06:53:47Z"));
	}

	@Test
	void mapsEveryDocumentedStatusCode() {
		assertThat(DhlCodes.STATUS_CODES).containsOnlyKeys("pre-transit", "transit", "delivered", "failure", "unknown");
		assertThat(DhlCodes.map("failure").status()).isEqualTo(ShipmentStatus.EXCEPTION);
	}

}
