package org.aftersale.webhooks.web;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.ApiKeyScope;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.webhooks.WebhookFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook API as an integrator uses it: secrets shown once, field-by-field validation
 * problems, other stores' ids answered as unknown, cursor pages of the delivery log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { WebhookFixtures.FAST_RETRIES_1, WebhookFixtures.FAST_RETRIES_2, WebhookFixtures.FAST_RETRIES_3,
				WebhookFixtures.FAST_RETRIES_4, WebhookFixtures.FAST_RETRIES_5, WebhookFixtures.FAST_RETRIES_6,
				WebhookFixtures.LOCAL_RECEIVERS })
class WebhookApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext context;

	OpenedStore store;

	ApiClient api;

	@BeforeEach
	void openStore() {
		store = StoreFixtures.openStore(environment, port);
		api = store.api(port);
	}

	@Test
	void showsTheSecretOnlyInTheAnswerToTheCreation() {
		ApiClient.Response created = api.post("/api/v1/webhooks", """
				{"url":"https://erp.example.com/aftersale","events":["order.*","shipment.delivered"],
				 "description":"ERP"}""");

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).endsWith("/api/v1/webhooks/" + id);
		String secret = created.json().get("secret").asString();
		assertThat(secret).matches("whsec_[A-Za-z0-9]{32}");
		assertThat(created.json().get("active").asBoolean()).isTrue();
		ApiClient.Response one = api.get("/api/v1/webhooks/" + id);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("events").toString()).isEqualTo("[\"order.*\",\"shipment.delivered\"]");
		assertThat(one.json().has("secret")).isFalse();
		ApiClient.Response list = api.get("/api/v1/webhooks");
		assertThat(list.json().get("items")).hasSize(1);
		assertThat(list.json().get("nextCursor").isNull()).isTrue();
		assertThat(list.body()).doesNotContain(secret).doesNotContain("secret");
	}

	@Test // #16
	void pagesThroughSubscriptionsLikeEveryOtherList() {
		for (int i = 0; i < 5; i++) {
			WebhookFixtures.subscribe(api, "https://erp.example.com/page/" + i, "order.*");
		}
		java.util.List<String> urls = new java.util.ArrayList<>();
		String cursor = null;
		do {
			ApiClient.Response page = api.get("/api/v1/webhooks?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.json().get("items").size()).isLessThanOrEqualTo(2);
			page.json().get("items").forEach(item -> urls.add(item.get("url").asString()));
			cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
		}
		while (cursor != null);

		assertThat(urls).containsExactly("https://erp.example.com/page/0", "https://erp.example.com/page/1",
				"https://erp.example.com/page/2", "https://erp.example.com/page/3", "https://erp.example.com/page/4");
		assertThat(api.get("/api/v1/webhooks?limit=0").status()).isEqualTo(422);
		assertThat(api.get("/api/v1/webhooks?cursor=garbage").status()).isEqualTo(422);
	}

	@Test
	void changesEventsAndActiveFlagAndKeepsTheRest() {
		String id = WebhookFixtures.subscribe(api, "https://erp.example.com/a", "order.*").get("id").asString();

		ApiClient.Response changed = WebhookFixtures.patch(port, store.ownerKey(), "/api/v1/webhooks/" + id,
				"{\"events\":[\"shipment.*\"],\"active\":false}");

		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		JsonNode json = api.get("/api/v1/webhooks/" + id).json();
		assertThat(json.get("events").toString()).isEqualTo("[\"shipment.*\"]");
		assertThat(json.get("active").asBoolean()).isFalse();
		assertThat(json.get("url").asString()).isEqualTo("https://erp.example.com/a");
	}

	@Test
	void deletesASubscription() {
		String id = WebhookFixtures.subscribe(api, "https://erp.example.com/a", "*").get("id").asString();

		assertThat(WebhookFixtures.delete(port, store.ownerKey(), "/api/v1/webhooks/" + id).status()).isEqualTo(204);

		assertThat(api.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
		assertThat(WebhookFixtures.delete(port, store.ownerKey(), "/api/v1/webhooks/" + id).status()).isEqualTo(404);
	}

	@Test
	void refusesBadUrlsAndPatternsFieldByField() {
		ApiClient.Response response = api.post("/api/v1/webhooks",
				"{\"url\":\"ftp://erp.example.com/x\",\"events\":[\"order.*\",\"orders.placed\",\"shipment.nope\"]}");

		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("url", "events[1]",
				"events[2]");
		assertThat(api.get("/api/v1/webhooks").json().get("items")).isEmpty();

		assertThat(api.post("/api/v1/webhooks", "{\"url\":\"http://erp.example.com/x\",\"events\":[\"*\"]}")
			.json()
			.get("errors")
			.get(0)
			.get("message")
			.asString()).contains("https");
		assertThat(api.post("/api/v1/webhooks", "{\"events\":[]}").json().get("errors").findValuesAsString("field"))
			.containsExactly("url", "events");
		assertThat(api.post("/api/v1/webhooks", "{\"url\":42,\"events\":\"x\"").status()).isEqualTo(400);
		String id = WebhookFixtures.subscribe(api, "https://erp.example.com/a", "*").get("id").asString();
		ApiClient.Response patch = WebhookFixtures.patch(port, store.ownerKey(), "/api/v1/webhooks/" + id,
				"{\"url\":\"not a url\"}");
		assertThat(patch.status()).isEqualTo(422);
		assertThat(patch.json().get("errors").findValuesAsString("field")).containsExactly("url");
	}

	@Test
	void answersAnotherStoresIdsAsUnknown() {
		String id = WebhookFixtures.subscribe(api, "http://127.0.0.1:1/x", "order.placed").get("id").asString();
		api.post("/api/v1/orders", OrderFixtures.anyOrderJson());
		String deliveryId = awaitFirstDelivery(id).get("id").asString();
		OpenedStore other = StoreFixtures.openStore(environment, port);
		ApiClient otherApi = other.api(port);

		assertThat(otherApi.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
		assertThat(otherApi.get("/api/v1/webhooks/" + id + "/deliveries").status()).isEqualTo(404);
		assertThat(
				WebhookFixtures.patch(port, other.ownerKey(), "/api/v1/webhooks/" + id, "{\"active\":false}").status())
			.isEqualTo(404);
		assertThat(otherApi.post("/api/v1/webhooks/" + id + "/rotate-secret", "").status()).isEqualTo(404);
		assertThat(WebhookFixtures.delete(port, other.ownerKey(), "/api/v1/webhooks/" + id).status()).isEqualTo(404);
		assertThat(otherApi.get("/api/v1/webhook-deliveries/" + deliveryId).status()).isEqualTo(404);
		assertThat(otherApi.post("/api/v1/webhook-deliveries/" + deliveryId + "/resend", "").status()).isEqualTo(404);
		assertThat(otherApi.get("/api/v1/webhooks").json().get("items")).isEmpty();
		assertThat(otherApi.get("/api/v1/webhooks/not-a-uuid").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/webhooks/" + id).json().get("active").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/webhook-deliveries/" + deliveryId).status()).isEqualTo(200);
	}

	@Test
	void letsReadKeysReadButOnlyOwnerKeysManage() {
		String id = WebhookFixtures.subscribe(api, "https://erp.example.com/a", "*").get("id").asString();
		ApiClient read = api.withKey(StoreFixtures.keyFor(context, store.id(), ApiKeyScope.READ));
		ApiClient write = api.withKey(StoreFixtures.keyFor(context, store.id(), ApiKeyScope.WRITE));

		assertThat(read.get("/api/v1/webhooks/" + id).status()).isEqualTo(200);
		assertThat(read.post("/api/v1/webhooks", "{\"url\":\"https://x.example.com\",\"events\":[\"*\"]}").status())
			.isEqualTo(403);
		assertThat(write.post("/api/v1/webhooks/" + id + "/rotate-secret", "").status()).isEqualTo(403);
		assertThat(new ApiClient(port, "").get("/api/v1/webhooks").status()).isEqualTo(401);
	}

	@Test
	void pagesTheDeliveryLogNewestFirst() {
		String id = WebhookFixtures.subscribe(api, "http://127.0.0.1:1/x", "order.placed").get("id").asString();
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/orders", OrderFixtures.anyOrderJson());
		}
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> api.get("/api/v1/webhooks/" + id + "/deliveries").json().get("items").size() == 3);

		JsonNode first = api.get("/api/v1/webhooks/" + id + "/deliveries?limit=2").json();
		JsonNode second = api
			.get("/api/v1/webhooks/" + id + "/deliveries?limit=2&cursor=" + first.get("nextCursor").asString())
			.json();

		assertThat(first.get("items")).hasSize(2);
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("nextCursor").isNull()).isTrue();
		assertThat(first.get("items").get(0).get("createdAt").asString())
			.isGreaterThanOrEqualTo(first.get("items").get(1).get("createdAt").asString());
		assertThat(first.get("items").get(0).get("payload").get("type").asString()).isEqualTo("order.placed");
		assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries?cursor=garbage").status()).isEqualTo(422);
		assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries?limit=500").status()).isEqualTo(422);
	}

	private JsonNode awaitFirstDelivery(String subscriptionId) {
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> api.get("/api/v1/webhooks/" + subscriptionId + "/deliveries").json().get("items").size() > 0);
		return api.get("/api/v1/webhooks/" + subscriptionId + "/deliveries").json().get("items").get(0);
	}

}
