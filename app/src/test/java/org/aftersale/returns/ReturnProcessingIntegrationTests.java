package org.aftersale.returns;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

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
import static org.awaitility.Awaitility.await;

/**
 * When a return's outcome is processed, as its policy says: a return the shopper keeps is
 * refunded on approval; with "first scan", the refund goes out when the carrier first
 * scans the parcel, not before. Each test has a store of its own, so its policy touches
 * no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnProcessingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	LabelDesk labels;

	@Test
	void aReturnTheShopperKeepsIsRefundedOnApproval() {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		publish(api, policy -> {
			policy.putArray("methods").add("mail").add("keep_item");
			policy.put("keepItemBelow", "50.00");
		});
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		JsonNode ret = create(api, order, "keep_item");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> "resolved"
				.equals(api.get("/api/v1/returns/" + ret.get("id").asString()).json().get("status").asString()));
		JsonNode refunded = api.get("/api/v1/orders/" + order.get("id").asString()).json();
		assertThat(refunded.get("payments").get("refunded").asString())
			.isEqualTo(ret.get("amounts").get("refund").asString());
		assertThat(api.get("/api/v1/returns/" + ret.get("id").asString()).json().get("timeline").toString())
			.contains("\"actor\":\"policy v");
	}

	@Test
	void withFirstScanTheRefundWaitsForTheCarrier() throws Exception {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		publish(api, policy -> policy.putObject("handling").put("shipWithinDays", 10).put("refund", "first_scan"));
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		JsonNode ret = create(api, order, "mail");
		UUID id = UUID.fromString(ret.get("id").asString());
		String number = "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
		labels.upload(store.id(), id, "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), number,
				"ups", "ops@example.com");

		Thread.sleep(500);
		assertThat(api.get("/api/v1/returns/" + id).json().get("status").asString()).isEqualTo("approved");
		assertThat(api.get("/api/v1/orders/" + order.get("id").asString()).json().get("refunds")).isEmpty();

		api.post("/api/v1/tracking-events",
				"[{\"trackingNumber\":\"" + number
						+ "\",\"status\":\"in_transit\",\"description\":\"Picked up\",\"occurredAt\":\""
						+ Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}]");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "resolved".equals(api.get("/api/v1/returns/" + id).json().get("status").asString()));
		assertThat(api.get("/api/v1/orders/" + order.get("id").asString()).json().get("refunds")).hasSize(1);
	}

	private static void publish(ApiClient api, Consumer<ObjectNode> change) {
		ObjectNode policy = (ObjectNode) api.get("/api/v1/returns/policy").json().get("published").deepCopy();
		change.accept(policy);
		ApiClient.Response draft = api.put("/api/v1/returns/policy/draft",
				JsonMapper.builder().build().writeValueAsString(policy));
		assertThat(draft.status()).as(draft.body()).isEqualTo(200);
		assertThat(api.post("/api/v1/returns/policy/publish", "{}").status()).isEqualTo(200);
	}

	private static JsonNode create(ApiClient api, JsonNode order, String method) {
		ApiClient.Response created = api.post("/api/v1/returns", """
				{"orderId":"%s","items":[{"lineItemId":"%s","quantity":1,"reason":"too_small"}],
				 "resolution":"refund","method":"%s"}""".formatted(order.get("id").asString(),
				ReturnFixtures.lineId(order, "TSHIRT-M"), method));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("approved");
		return created.json();
	}

}
