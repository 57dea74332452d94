package org.aftersale.tracking.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aftersale.testing.ThirdPartyFixtures;
import org.aftersale.tracking.CarrierEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The carriers' payloads among the repository's third-party fixtures, and checks every
 * mapper owes.
 */
final class TrackingFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private TrackingFixtures() {
	}

	static JsonNode load(String relative) {
		return JSON.readTree(ThirdPartyFixtures.bytes(relative));
	}

	static JsonNode karrio(String file) {
		return load("karrio_carrier_fixtures/tracking/" + file);
	}

	/** Every event is complete and its raw JSON is one of the source's event nodes. */
	static void assertWellFormed(List<CarrierEvent> events, List<JsonNode> sourceNodes) {
		assertThat(events).hasSameSizeAs(sourceNodes);
		for (int i = 0; i < events.size(); i++) {
			CarrierEvent event = events.get(i);
			assertThat(event.occurredAt()).isNotNull();
			assertThat(event.status()).isNotNull();
			assertThat(event.description()).isNotBlank();
			assertThat(event.zoneGuessed()).isEqualTo(event.originalOffset() == null);
			assertThat(JSON.readTree(event.raw())).isEqualTo(sourceNodes.get(i));
		}
	}

	static List<JsonNode> nodes(JsonNode array) {
		return JsonFields.elements(array);
	}

}
