package org.aftersale.orders.web;

import java.util.List;
import java.util.Map;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.ApiKeyIssuer;
import org.aftersale.stores.ApiKeyScope;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every store's orders are invisible to every other store, on every endpoint: a foreign
 * id is 404 (never 403), lists and filters never mix stores, and the shop keys of two
 * stores never collide. Keys only do what their scope allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderApiIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext context;

	OpenedStore storeA;

	OpenedStore storeB;

	ApiClient apiA;

	ApiClient apiB;

	@BeforeEach
	void openTwoStores() {
		storeA = StoreFixtures.openStore(environment, port);
		storeB = StoreFixtures.openStore(environment, port);
		apiA = storeA.api(port);
		apiB = storeB.api(port);
	}

	@Test
	void answers404ForAnotherStoresOrder() {
		String id = apiA.post("/api/v1/orders", OrderFixtures.orderJson("iso-1", "#7001", "secret@example.com"))
			.json()
			.get("id")
			.asString();

		ApiClient.Response foreign = apiB.get("/api/v1/orders/" + id);
		ApiClient.Response unknown = apiB.get("/api/v1/orders/00000000-0000-0000-0000-000000000000");

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
		assertThat(foreign.body()).doesNotContain("secret@example.com").doesNotContain("#7001");
		assertThat(foreign.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString());
		assertThat(apiA.get("/api/v1/orders/" + id).status()).isEqualTo(200);
	}

	@Test
	void neverListsAnotherStoresOrders() {
		String idA = apiA.post("/api/v1/orders", OrderFixtures.orderJson("iso-2", "#7002", "shared@example.com"))
			.json()
			.get("id")
			.asString();
		String idB = apiB.post("/api/v1/orders", OrderFixtures.orderJson("iso-3", "#7002", "shared@example.com"))
			.json()
			.get("id")
			.asString();

		for (String query : List.of("", "?number=%237002", "?email=shared@example.com", "?q=%237002",
				"?q=shared@example.com", "?q=Ana", "?status=open", "?updatedSince=2000-01-01T00:00:00Z",
				"?placedFrom=2000-01-01T00:00:00Z&placedTo=2100-01-01T00:00:00Z", "?limit=200")) {
			assertThat(ids(apiB.get("/api/v1/orders" + query))).as(query).containsExactly(idB);
			assertThat(ids(apiA.get("/api/v1/orders" + query))).as(query).containsExactly(idA);
		}
	}

	@Test
	void keepsTheSameShopKeysInTwoStoresAsTwoOrders() {
		ApiClient.Response inA = apiA.post("/api/v1/orders",
				OrderFixtures.orderJson("same-ext", "#7003", "a@example.com"));
		ApiClient.Response inB = apiB.post("/api/v1/orders",
				OrderFixtures.orderJson("same-ext", "#7003", "b@example.com"));
		ApiClient.Response batchInB = apiB.post("/api/v1/orders/batch",
				"{\"orders\":[" + OrderFixtures.orderJson("batch-ext", "#7004", "b@example.com") + "]}");
		ApiClient.Response batchInA = apiA.post("/api/v1/orders/batch",
				"{\"orders\":[" + OrderFixtures.orderJson("batch-ext", "#7004", "a@example.com") + "]}");

		assertThat(inA.status()).isEqualTo(201);
		assertThat(inB.status()).isEqualTo(201);
		assertThat(inA.json().get("id").asString()).isNotEqualTo(inB.json().get("id").asString());
		assertThat(apiA.get("/api/v1/orders/" + inA.json().get("id").asString())
			.json()
			.get("customer")
			.get("email")
			.asString()).isEqualTo("a@example.com");
		assertThat(batchInB.json().get("results").get(0).get("status").asString()).isEqualTo("created");
		assertThat(batchInA.json().get("results").get(0).get("status").asString()).isEqualTo("created");
		assertThat(batchInA.json().get("results").get(0).get("id").asString())
			.isNotEqualTo(batchInB.json().get("results").get(0).get("id").asString());
	}

	@Test
	void keepsIdempotencyKeysApartBetweenStores() {
		Map<String, String> key = Map.of("Idempotency-Key", "shared-key-1");
		ApiClient.Response inA = apiA.post("/api/v1/orders/batch",
				"{\"orders\":[" + OrderFixtures.orderJson("idem-a", "#7005", "a@example.com") + "]}", key);
		ApiClient.Response inB = apiB.post("/api/v1/orders/batch",
				"{\"orders\":[" + OrderFixtures.orderJson("idem-b", "#7006", "b@example.com") + "]}", key);

		assertThat(inA.status()).isEqualTo(200);
		assertThat(inB.status()).isEqualTo(200);
		assertThat(inB.header("Idempotent-Replayed")).isNull();
		assertThat(inB.json().get("created").asInt()).isEqualTo(1);
		assertThat(ids(apiB.get("/api/v1/orders"))).hasSize(1);
	}

	@Test
	void refusesWritesWithAReadKey() {
		ApiClient reader = apiA.withKey(StoreFixtures.keyFor(context, storeA.id(), ApiKeyScope.READ));

		ApiClient.Response post = reader.post("/api/v1/orders", OrderFixtures.anyOrderJson());
		ApiClient.Response batch = reader.post("/api/v1/orders/batch",
				"{\"orders\":[" + OrderFixtures.anyOrderJson() + "]}");
		ApiClient.Response store = reader.post("/api/v1/stores", "{\"name\":\"Nope\",\"slug\":\"nope-read\"}");

		for (ApiClient.Response refused : List.of(post, batch, store)) {
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().get("status").asInt()).isEqualTo(403);
		}
		assertThat(reader.get("/api/v1/orders").status()).isEqualTo(200);
		assertThat(ids(apiA.get("/api/v1/orders"))).isEmpty();
	}

	@Test
	void refusesStoreCreationWithAWriteKey() {
		ApiClient writer = apiA.withKey(StoreFixtures.keyFor(context, storeA.id(), ApiKeyScope.WRITE));

		ApiClient.Response store = writer.post("/api/v1/stores", "{\"name\":\"Nope\",\"slug\":\"nope-write\"}");

		assertThat(store.status()).isEqualTo(403);
		assertThat(store.json().get("status").asInt()).isEqualTo(403);
		assertThat(writer.post("/api/v1/orders", OrderFixtures.anyOrderJson()).status()).isEqualTo(201);
		assertThat(apiA.post("/api/v1/stores", "{\"name\":\"Nope\",\"slug\":\"nope-write\"}").status())
			.as("the slug was not taken by the refused request")
			.isEqualTo(201);
	}

	@Test
	void refusesARevokedKey() {
		ApiKeyIssuer issuer = context.getBean(ApiKeyIssuer.class);
		ApiKeyIssuer.IssuedKey issued = issuer.issue(storeA.id(), "to revoke", ApiKeyScope.WRITE, null);
		ApiClient revoked = apiA.withKey(issued.token());
		assertThat(revoked.get("/api/v1/orders").status()).isEqualTo(200);

		issuer.revoke(storeA.id(), issued.key().id());

		assertThat(revoked.get("/api/v1/orders").status()).isEqualTo(401);
	}

	private static List<String> ids(ApiClient.Response list) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		JsonNode items = list.json().get("items");
		return items.valueStream().map(item -> item.get("id").asString()).toList();
	}

}
