package org.aftersale.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serial returners and fraud in the queue: a shopper with as many returns in 12 months as
 * the policy flags at is flagged, a return the team marks safe is not, and a return
 * marked as fraud flags its shopper from then on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnFlagIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ReturnQueue queue;

	@Autowired
	ReturnVerdicts verdicts;

	@Test
	void serialReturnersAndFraudAreFlaggedAndSafeReturnsAreNot() {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ObjectNode policy = (ObjectNode) api.get("/api/v1/returns/policy").json().get("published").deepCopy();
		policy.putObject("handling").put("flagAfterReturns", 2);
		assertThat(api.put("/api/v1/returns/policy/draft", JsonMapper.builder().build().writeValueAsString(policy))
			.status()).isEqualTo(200);
		assertThat(api.post("/api/v1/returns/policy/publish", "{}").status()).isEqualTo(200);

		String serial = "serial-" + UUID.randomUUID() + "@example.com";
		String first = returnOf(api, serial);
		String second = returnOf(api, serial.toUpperCase());
		String once = returnOf(api, "once-" + UUID.randomUUID() + "@example.com");

		assertThat(flagged(store)).containsExactlyInAnyOrder(first, second);

		verdicts.mark(store.id(), UUID.fromString(second), "safe", "ops@example.com");
		verdicts.mark(store.id(), UUID.fromString(once), "fraud", "ops@example.com");
		assertThat(flagged(store)).containsExactlyInAnyOrder(first, once);
		assertThat(api.get("/api/v1/returns/" + once).json().get("timeline").toString()).contains("marked_fraud");
	}

	private List<String> flagged(StoreFixtures.OpenedStore store) {
		return queue.page(store.id(), new ReturnQueue.Filter(null, null, null, 0, false, true), null, 50, Instant.now())
			.items()
			.stream()
			.map(r -> r.id().toString())
			.toList();
	}

	private static String returnOf(ApiClient api, String email) {
		JsonNode order = api
			.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(),
					"#F" + Math.abs(UUID.randomUUID().hashCode() % 100000), email))
			.json();
		JsonNode delivered = ReturnFixtures.markDelivered(api, order);
		ApiClient.Response created = api.post("/api/v1/returns",
				ReturnFixtures.returnJson(delivered.get("id").asString(), ReturnFixtures.lineId(delivered, "TSHIRT-M"),
						1, "too_small", "refund"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}
