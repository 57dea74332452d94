package org.aftersale.platform;

import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreRegistry;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * {@code Idempotency-Key} on the POSTs that have no shop key: a replay answers 200 with
 * the first response and runs nothing, a different body under the same key is refused,
 * and a failure on our side never pins the key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyKeyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	StoreRegistry registry;

	ApiClient owner;

	@BeforeEach
	void ownerKey() {
		owner = new ApiClient(port, InitialCredentials.of(environment).apiKey());
	}

	@Test
	void replaysStoreCreationWithoutOpeningASecondStore() {
		String slug = "idem-" + UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"name\":\"Idempotent\",\"slug\":\"" + slug + "\"}";
		Map<String, String> key = Map.of("Idempotency-Key", "store-" + slug);

		ApiClient.Response first = owner.post("/api/v1/stores", body, key);
		ApiClient.Response replay = owner.post("/api/v1/stores", body, key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.body()).isEqualTo(first.body());
		assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(jdbc.sql("select count(*) from stores.store where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from stores.api_key where store_id = :store")
			.param("store", UUID.fromString(first.json().get("id").asString()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesTheSameKeyWithADifferentBody() {
		String slug = "idem-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> key = Map.of("Idempotency-Key", "store-" + slug);

		ApiClient.Response first = owner.post("/api/v1/stores", "{\"name\":\"One\",\"slug\":\"" + slug + "\"}", key);
		ApiClient.Response other = owner.post("/api/v1/stores", "{\"name\":\"Two\",\"slug\":\"" + slug + "-b\"}", key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.header("Content-Type")).startsWith("application/problem+json");
		assertThat(jdbc.sql("select count(*) from stores.store where slug = :slug")
			.param("slug", slug + "-b")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void releasesTheKeyAfterAServerError() {
		String slug = "idem-" + UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"name\":\"Retry\",\"slug\":\"" + slug + "\"}";
		Map<String, String> key = Map.of("Idempotency-Key", "store-" + slug);
		doThrow(new IllegalStateException("database went away")).when(registry)
			.openStoreBesides(any(StoreId.class), eq("Retry"), eq(slug));

		ApiClient.Response failed = owner.post("/api/v1/stores", body, key);
		doCallRealMethod().when(registry).openStoreBesides(any(StoreId.class), eq("Retry"), eq(slug));
		ApiClient.Response retried = owner.post("/api/v1/stores", body, key);

		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.body()).doesNotContain("database went away");
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.header("Idempotent-Replayed")).isNull();
	}

	@Test
	void replaysABatchWithoutTakingItsOrdersInAgain() {
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);
		String body = "{\"orders\":[" + OrderFixtures.anyOrderJson() + "," + OrderFixtures.anyOrderJson() + "]}";
		Map<String, String> key = Map.of("Idempotency-Key", "batch-1");

		ApiClient.Response first = api.post("/api/v1/orders/batch", body, key);
		ApiClient.Response replay = api.post("/api/v1/orders/batch", body, key);
		ApiClient.Response withoutKey = api.post("/api/v1/orders/batch", body);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("created").asInt()).isEqualTo(2);
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.body()).isEqualTo(first.body());
		assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(withoutKey.json().get("unchanged").asInt()).as("the orders themselves are keyed by shop ids")
			.isEqualTo(2);
		assertThat(api.get("/api/v1/orders").json().get("items")).hasSize(2);
		assertThat(
				api.post("/api/v1/orders/batch", "{\"orders\":[" + OrderFixtures.anyOrderJson() + "]}", key).status())
			.isEqualTo(422);
	}

}
