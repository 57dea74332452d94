package org.aftersale.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our generic signed webhook: only a fresh signature made with the store's own secret
 * gets events in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrackingWebhookIntegrationTests {

	static final String BODY = """
			[{"trackingNumber":"WH123456","status":"out_for_delivery","description":"With courier",
			  "occurredAt":"2025-03-02T07:30:00-05:00"}]""";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	OpenedStore store;

	ApiClient api;

	String secret;

	@BeforeEach
	void storeWithAShipmentAndASecret() {
		store = StoreFixtures.openStore(environment, port);
		api = store.api(port);
		String orderId = api.post("/api/v1/orders", OrderFixtures.anyOrderJson()).json().get("id").asString();
		api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"WH123456\"}");
		ApiClient.Response generated = api.post("/api/v1/tracking/webhook-secret", "{}");
		assertThat(generated.status()).isEqualTo(201);
		secret = generated.json().get("secret").asString();
	}

	@Test
	void acceptsEventsSignedWithTheStoresSecret() {
		ApiClient.Response response = deliver(store.slug(), sign(secret, Instant.now().getEpochSecond()));

		assertThat(response.status()).as(response.body()).isEqualTo(202);
		assertThat(response.json().get("accepted").asInt()).isEqualTo(1);
		assertThat(api.get("/api/v1/shipments?trackingNumber=wh-123456")
			.json()
			.get("items")
			.get(0)
			.get("status")
			.asString()).isEqualTo("out_for_delivery");
	}

	@Test
	void refusesABadSignatureAStaleOneAndAnUnknownStore() {
		long now = Instant.now().getEpochSecond();
		String signed = sign(secret, now);
		// One hex digit changed, whichever it was: a fixed replacement is no change one
		// time in sixteen.
		char first = signed.charAt(signed.indexOf("v1=") + 3);
		String tampered = signed.replaceFirst("v1=.", "v1=" + (first == '0' ? '1' : '0'));

		assertThat(deliver(store.slug(), tampered).status()).isEqualTo(401);
		assertThat(deliver(store.slug(), sign(secret, now - 301)).status()).isEqualTo(401);
		assertThat(deliver(store.slug(), null).status()).isEqualTo(401);
		assertThat(deliver("no-such-store", sign(secret, now)).status()).isEqualTo(401);
	}

	@Test
	void refusesEventsSignedWithAnotherStoresSecret() {
		OpenedStore second = StoreFixtures.openStore(environment, port);
		String otherSecret = second.api(port)
			.post("/api/v1/tracking/webhook-secret", "{}")
			.json()
			.get("secret")
			.asString();

		ApiClient.Response response = deliver(store.slug(), sign(otherSecret, Instant.now().getEpochSecond()));

		assertThat(response.status()).isEqualTo(401);
	}

	private ApiClient.Response deliver(String slug, String signature) {
		ApiClient anonymous = new ApiClient(port, "");
		return anonymous.post("/webhooks/tracking/" + slug, BODY,
				signature == null ? Map.of() : Map.of("X-Aftersale-Signature", signature));
	}

	private static String sign(String secret, long timestamp) {
		return WebhookSignature.sign(secret, timestamp, BODY.getBytes(StandardCharsets.UTF_8));
	}

}
