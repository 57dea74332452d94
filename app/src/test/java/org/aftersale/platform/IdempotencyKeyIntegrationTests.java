package org.aftersale.platform;

import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.ApiKeyScope;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreRegistry;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
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

	@Autowired
	ApplicationContext context;

	@Autowired
	IdempotencyKeys keys;

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

	@Test // #16
	void refusesAReplayToAKeyThatMayNotMakeTheRequest() {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient ownerOfStore = store.api(port);
		ApiClient reader = ownerOfStore.withKey(StoreFixtures.keyFor(context, store.id(), ApiKeyScope.READ));
		ApiClient writer = ownerOfStore.withKey(StoreFixtures.keyFor(context, store.id(), ApiKeyScope.WRITE));
		String slug = "idem-" + UUID.randomUUID().toString().substring(0, 8);
		String storeBody = "{\"name\":\"Owned\",\"slug\":\"" + slug + "\"}";
		String hookBody = "{\"url\":\"https://hooks.example.com/in\",\"events\":[\"*\"]}";
		Map<String, String> storeKey = Map.of("Idempotency-Key", "store-" + slug);
		Map<String, String> hookKey = Map.of("Idempotency-Key", "hook-" + slug);

		assertThat(ownerOfStore.post("/api/v1/stores", storeBody, storeKey).status()).isEqualTo(201);
		assertThat(ownerOfStore.post("/api/v1/webhooks", hookBody, hookKey).status()).isEqualTo(201);
		ApiClient.Response readerStore = reader.post("/api/v1/stores", storeBody, storeKey);
		ApiClient.Response readerHook = reader.post("/api/v1/webhooks", hookBody, hookKey);
		ApiClient.Response writerHook = writer.post("/api/v1/webhooks", hookBody, hookKey);

		assertThat(readerStore.status()).isEqualTo(403);
		assertThat(readerStore.body()).doesNotContain("apiKey");
		assertThat(readerHook.status()).isEqualTo(403);
		assertThat(readerHook.body()).doesNotContain("secret");
		assertThat(writerHook.status()).isEqualTo(403);
		assertThat(reader.post("/api/v1/webhooks", hookBody, Map.of("Idempotency-Key", "fresh-" + slug)).status())
			.as("a fresh request of the same key is refused the same way")
			.isEqualTo(403);
	}

	@Test // #16
	void replaysOnlyToTheScopeThatMadeTheRequest() {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient ownerOfStore = store.api(port);
		ApiClient writer = ownerOfStore.withKey(StoreFixtures.keyFor(context, store.id(), ApiKeyScope.WRITE));
		String body = "{\"orders\":[" + OrderFixtures.anyOrderJson() + "]}";
		Map<String, String> key = Map.of("Idempotency-Key", "batch-scope");

		assertThat(writer.post("/api/v1/orders/batch", body, key).status()).isEqualTo(200);
		ApiClient.Response byOwner = ownerOfStore.post("/api/v1/orders/batch", body, key);
		ApiClient.Response byOtherWriter = writer.withKey(StoreFixtures.keyFor(context, store.id(), ApiKeyScope.WRITE))
			.post("/api/v1/orders/batch", body, key);

		assertThat(byOwner.status()).isEqualTo(422);
		assertThat(byOwner.body()).contains("another scope");
		assertThat(byOtherWriter.status()).as("another key of the same scope, e.g. after a rotation").isEqualTo(200);
		assertThat(byOtherWriter.header("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test // #16
	void keepsNoSecretInClearAndForgetsAfterADay() {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient ownerOfStore = store.api(port);
		String hookBody = "{\"url\":\"https://hooks.example.com/day\",\"events\":[\"*\"]}";
		Map<String, String> key = Map.of("Idempotency-Key", "hook-day");

		ApiClient.Response first = ownerOfStore.post("/api/v1/webhooks", hookBody, key);
		String secret = first.json().get("secret").asString();
		byte[] stored = jdbc
			.sql("""
					select response_body from platform.idempotency_key where store_id = :store and idempotency_key = 'hook-day'
					""")
			.param("store", store.id().value())
			.query(byte[].class)
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret)
			.doesNotContain("hooks.example.com");
		assertThat(ownerOfStore.post("/api/v1/webhooks", hookBody, key).json().get("secret").asString())
			.isEqualTo(secret);

		jdbc.sql("update platform.idempotency_key set created_at = now() - interval '25 hours' where store_id = :store")
			.param("store", store.id().value())
			.update();
		ApiClient.Response afterADay = ownerOfStore.post("/api/v1/webhooks", hookBody, key);
		assertThat(afterADay.status()).isEqualTo(201);
		assertThat(afterADay.json().get("secret").asString()).isNotEqualTo(secret);

		jdbc.sql("update platform.idempotency_key set created_at = now() - interval '25 hours' where store_id = :store")
			.param("store", store.id().value())
			.update();
		assertThat(keys.purgeExpired()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from platform.idempotency_key where store_id = :store")
			.param("store", store.id().value())
			.query(Long.class)
			.single()).isZero();
	}

}
