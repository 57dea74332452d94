package org.aftersale.integrations.shopify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopifyWebhookIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	InitialCredentials credentials;

	ApiClient api;

	@BeforeEach
	void connectWithTheVectorsSecret() {
		credentials = InitialCredentials.of(environment);
		api = new ApiClient(port, credentials.apiKey());
		ApiClient.Response connected = api.put("/api/v1/integrations/shopify",
				"{\"shopDomain\":\"aftersale-test.myshopify.com\",\"webhookSecret\":\"hush\"}");
		assertThat(connected.status()).isEqualTo(200);
		assertThat(connected.body()).doesNotContain("hush");
	}

	@Test
	void appliesSignedFixtureDeliveriesAndRefusesTamperedOnes() {
		JsonNode vectors = ShopifyFixtures.tree("webhook_hmac_vectors_DERIVED.json").get("vectors");
		String[] topics = { "orders/create", "orders/create", "fulfillments/create", "fulfillments/create",
				"refunds/create", "refunds/create" };
		for (int i = 0; i < vectors.size(); i++) {
			JsonNode vector = vectors.get(i);
			byte[] body = ShopifyFixtures.bytes(vector.get("body_file").asString());
			boolean valid = vector.get("valid").asBoolean();
			int status = deliver(credentials.storeSlug(), topics[i], UUID.randomUUID().toString(),
					valid ? body : ShopifyWebhookSignatureTests.tamper(body),
					vector.get("x_shopify_hmac_sha256").asString());
			assertThat(status).as(vector.get("body_file").asString() + " valid=" + valid).isEqualTo(valid ? 200 : 401);
		}

		JsonNode order = orderByNumber("#1001");
		assertThat(order.get("source").asString()).isEqualTo("shopify");
		assertThat(order.get("externalId").asString()).isEqualTo("450789469");
		assertThat(order.get("totals").get("total").asString()).isEqualTo("409.94");
		assertThat(order.get("totals").get("refunded").asString()).isEqualTo("209.00");
		assertThat(order.get("payments").get("refunded").asString()).isEqualTo("209.00");
		// The refund's lines point at the order's lines by Shopify's line ids.
		JsonNode refund = order.get("refunds").get(0);
		assertThat(refund.get("externalId").asString()).isEqualTo("509562969");
		assertThat(refund.get("origin").asString()).isEqualTo("shop");
		List<String> refundedLines = new ArrayList<>();
		refund.get("lines").forEach(l -> refundedLines.add(l.get("lineItemId").asString()));
		List<String> expected = new ArrayList<>();
		order.get("lineItems").forEach(l -> {
			if (List.of("703073504", "466157049").contains(l.get("externalId").asString())) {
				expected.add(l.get("id").asString());
			}
		});
		assertThat(refundedLines).containsExactlyInAnyOrderElementsOf(expected).hasSize(2);
		assertThat(refund.get("lines").findValuesAsString("amount")).containsOnly("199.00");
		assertThat(order.get("shipments").findValuesAsString("trackingNumber")).contains("1Z2345");
		// Shipped when the shop fulfilled it, not when Aftersale heard of it: nobody is
		// told today about a parcel that left in 2014.
		JsonNode shipments = api.get("/api/v1/orders/" + order.get("id").asString() + "/shipments").json();
		assertThat(shipments.findValuesAsString("shippedAt")).containsExactly("2014-01-22T20:58:27Z");
	}

	@Test
	void refusesMissingSignaturesAndUnknownStoresAlike() {
		byte[] body = ShopifyFixtures.bytes("webhook_body_order.json");

		assertThat(deliver(credentials.storeSlug(), "orders/create", "w-1", body, null)).isEqualTo(401);
		assertThat(deliver("no-such-store", "orders/create", "w-1", body, ShopifyFixtures.sign("hush", body)))
			.isEqualTo(401);
	}

	@Test
	void ignoresAReplayedDelivery() {
		byte[] body = ShopifyFixtures.order(o -> o.put("id", 9001).put("name", "#9001"));
		String signature = ShopifyFixtures.sign("hush", body);

		assertThat(deliver(credentials.storeSlug(), "orders/create", "replayed-1", body, signature)).isEqualTo(200);
		assertThat(deliver(credentials.storeSlug(), "orders/create", "replayed-1", body, signature)).isEqualTo(200);

		JsonNode order = orderByNumber("#9001");
		assertThat(api.get("/api/v1/orders?number=%239001").json().get("items")).hasSize(1);
		assertThat(jdbc.sql("select count(*) from orders.order_activity where order_id = :id and kind = 'placed'")
			.param("id", UUID.fromString(order.get("id").asString()))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void neverLetsAnOlderVersionOverwriteANewerOne() {
		byte[] newer = ShopifyFixtures.order(o -> o.put("id", 9002)
			.put("name", "#9002")
			.put("updated_at", "2008-01-12T09:00:00-05:00")
			.put("financial_status", "paid"));
		byte[] older = ShopifyFixtures.order(o -> o.put("id", 9002)
			.put("name", "#9002")
			.put("updated_at", "2008-01-11T09:00:00-05:00")
			.put("financial_status", "pending"));

		deliver(credentials.storeSlug(), "orders/updated", "newer", newer, ShopifyFixtures.sign("hush", newer));
		int status = deliver(credentials.storeSlug(), "orders/updated", "older", older,
				ShopifyFixtures.sign("hush", older));

		assertThat(status).isEqualTo(200);
		assertThat(orderByNumber("#9002").get("financialStatus").asString()).isEqualTo("paid");
	}

	@Test
	void acknowledgesAnInvalidOrderAndShowsWhyItFailed() {
		byte[] body = ShopifyFixtures.order(o -> o.put("id", 9003).put("name", "#9003").put("currency", "ZZZ"));

		assertThat(deliver(credentials.storeSlug(), "orders/create", "invalid-1", body,
				ShopifyFixtures.sign("hush", body)))
			.isEqualTo(200);

		assertThat(api.get("/api/v1/orders?number=%239003").json().get("items")).isEmpty();
		JsonNode failures = api.get("/api/v1/integrations/shopify").json().get("failedDeliveries");
		assertThat(failures.findValuesAsString("problem")).anyMatch(p -> p.contains("currency"));
	}

	@Test
	void takesCustomersAndProductsInAndAcknowledgesUnknownTopics() {
		byte[] customer = ShopifyFixtures.JSON.writeValueAsBytes(ShopifyFixtures.tree("customer.json").get("customer"));
		byte[] product = ShopifyFixtures.JSON.writeValueAsBytes(ShopifyFixtures.tree("product.json").get("product"));
		byte[] unknown = "{\"id\":1}".getBytes();

		assertThat(deliver(credentials.storeSlug(), "customers/create", "c-1", customer,
				ShopifyFixtures.sign("hush", customer)))
			.isEqualTo(200);
		assertThat(deliver(credentials.storeSlug(), "products/create", "p-1", product,
				ShopifyFixtures.sign("hush", product)))
			.isEqualTo(200);
		assertThat(deliver(credentials.storeSlug(), "app/uninstalled", "u-1", unknown,
				ShopifyFixtures.sign("hush", unknown)))
			.isEqualTo(200);

		JsonNode customers = api.get("/api/v1/customers?email=bob.norman@hostmail.com").json().get("items");
		assertThat(customers).hasSize(1);
		assertThat(customers.get(0).toString()).contains("Bob", "207119551");
		JsonNode products = api.get("/api/v1/products?q=IPod").json().get("items");
		assertThat(products).hasSize(1);
		assertThat(products.get(0).toString()).contains("IPOD2008PINK");
	}

	@Test
	void refusesADeliverySignedForAnotherStore() {
		JsonNode other = api.post("/api/v1/stores", "{\"name\":\"Other\",\"slug\":\"other-" + suffix() + "\"}").json();
		ApiClient otherApi = api.withKey(other.get("apiKey").asString());
		assertThat(otherApi
			.put("/api/v1/integrations/shopify", "{\"shopDomain\":\"other.myshopify.com\",\"webhookSecret\":\"psst\"}")
			.status()).isEqualTo(200);
		byte[] body = ShopifyFixtures.order(o -> o.put("id", 9004).put("name", "#9004"));

		assertThat(
				deliver(other.get("slug").asString(), "orders/create", "x-1", body, ShopifyFixtures.sign("hush", body)))
			.isEqualTo(401);
		assertThat(otherApi.get("/api/v1/orders?number=%239004").json().get("items")).isEmpty();
	}

	@Test
	void rejectsAShopDomainOutsideMyshopify() {
		ApiClient.Response response = api.put("/api/v1/integrations/shopify",
				"{\"shopDomain\":\"evil.example.com\",\"webhookSecret\":\"hush\"}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("shopDomain");
	}

	private JsonNode orderByNumber(String number) {
		// Other tests sharing this context's store may have posted the same number from
		// another source.
		List<JsonNode> items = new ArrayList<>();
		api.get("/api/v1/orders?number=" + number.replace("#", "%23")).json().get("items").forEach(item -> {
			if ("shopify".equals(item.get("source").asString())) {
				items.add(item);
			}
		});
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private int deliver(String slug, String topic, String webhookId, byte[] body, String signature) {
		Map<String, String> headers = new HashMap<>(Map.of("X-Shopify-Topic", topic, "X-Shopify-Webhook-Id", webhookId,
				"Content-Type", "application/json"));
		if (signature != null) {
			headers.put("X-Shopify-Hmac-Sha256", signature);
		}
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/webhooks/shopify/" + slug))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		try {
			return HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
