package org.aftersale.integrations.shopify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.aftersale.returns.ReturnDesk;
import org.aftersale.returns.ReturnFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A return of a Shopify order refunded in Shopify through the GraphQL Admin API, exactly
 * once: {@code refundCreate} with the refund's id as idempotency key, the shop's webhook
 * for that same refund not counted again, a refusal leaving the return needing the team,
 * and a retry that finds the refund already made (its answer lost) not refunding twice.
 * Shopify's answers are shaped after its published GraphQL reference
 * (RefundCreatePayload, SuggestedRefund).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopifyRefundIntegrationTests {

	static final WireMockServer shopify = new WireMockServer(options().dynamicPort());

	static final String GRAPHQL = ShopifyAdminStub.API + "graphql.json";

	static {
		shopify.start();
		shopify.stubFor(post(urlPathEqualTo(ShopifyAdminStub.API + "webhooks.json"))
			.willReturn(ShopifyAdminStub.json(201, "{\"webhook\":{\"id\":1}}")));
		for (String resource : List.of("orders", "customers", "products")) {
			shopify.stubFor(get(urlPathEqualTo(ShopifyAdminStub.API + resource + ".json"))
				.willReturn(ShopifyAdminStub.json(200, "{\"" + resource + "\":[]}")));
		}
		// Line products are looked up as orders arrive; none are known.
		shopify.stubFor(post(urlPathEqualTo(GRAPHQL)).atPriority(9)
			.willReturn(ShopifyAdminStub.json(200, "{\"data\":{\"nodes\":[null]}}")));
	}

	@DynamicPropertySource
	static void pointAtTheStub(DynamicPropertyRegistry registry) {
		registry.add("aftersale.integrations.shopify.base-url-template", shopify::baseUrl);
	}

	@AfterAll
	static void stopTheStub() {
		shopify.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ReturnDesk desk;

	OpenedStore store;

	ApiClient api;

	@BeforeEach
	void connect() {
		store = StoreFixtures.openStore(environment, port);
		api = store.api(port);
		assertThat(api.put("/api/v1/integrations/shopify",
				"{\"shopDomain\":\"refunds.myshopify.com\",\"webhookSecret\":\"hush\",\"accessToken\":\"shpat_refunds\"}")
			.status()).isEqualTo(200);
	}

	@Test
	void aResolvedReturnIsRefundedInShopifyOnceAndItsWebhookIsNotCountedAgain() throws Exception {
		long shopOrderId = 820982911946154508L + Math.abs(UUID.randomUUID().hashCode() % 100000);
		JsonNode order = shopifyOrder(shopOrderId);
		context(shopOrderId, "[]");
		shopify.stubFor(post(urlPathEqualTo(GRAPHQL)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.query", containing("refundCreate")))
			.withRequestBody(matchingJsonPath("$.variables.input.orderId", equalTo(gid(shopOrderId))))
			.willReturn(ShopifyAdminStub.json(200, created(shopOrderId))));

		JsonNode ret = returnFirstLine(order);
		// Received as new: back into stock in Shopify too.
		ApiClient.Response received = api.post("/api/v1/returns/" + ret.get("id").asString() + "/receive",
				"{\"items\":[{\"lineItemId\":\"" + order.get("lineItems").get(0).get("id").asString()
						+ "\",\"quantity\":1,\"condition\":\"new\"}]}");
		assertThat(received.status()).as(received.body()).isEqualTo(200);
		ApiClient.Response resolved = api.post("/api/v1/returns/" + ret.get("id").asString() + "/resolve", "{}");
		assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
		UUID returnId = UUID.fromString(ret.get("id").asString());

		await().atMost(Duration.ofSeconds(20)).until(() -> activity(returnId).contains("refunded_in_shop"));
		JsonNode refunded = api.get("/api/v1/orders/" + order.get("id").asString()).json();
		JsonNode refund = refunded.get("refunds").get(0);
		assertThat(refund.get("externalId").asString()).isEqualTo(String.valueOf(shopOrderId + 1));
		String refundId = refund.get("id").asString();
		shopify.verify(1, postRequestedFor(urlPathEqualTo(GRAPHQL))
			.withRequestBody(matchingJsonPath("$.query", containing("@idempotent(key: $key)")))
			.withRequestBody(matchingJsonPath("$.variables.key", equalTo(refundId)))
			.withRequestBody(matchingJsonPath("$.variables.input.refundLineItems[0].restockType", equalTo("RETURN")))
			.withRequestBody(matchingJsonPath("$.variables.input.refundLineItems[0].quantity", equalTo("1")))
			.withRequestBody(matchingJsonPath("$.variables.input.transactions[0].amount",
					equalTo(ret.get("amounts").get("refund").asString())))
			.withRequestBody(matchingJsonPath("$.variables.input.transactions[0].parentId",
					equalTo("gid://shopify/OrderTransaction/389404469"))));

		// Shopify tells of the refund it made for us: the same refund, not a second one.
		webhook("refunds/create", refundWebhook(shopOrderId, shopOrderId + 2, refundId, order));
		Thread.sleep(500);
		JsonNode after = api.get("/api/v1/orders/" + order.get("id").asString()).json();
		assertThat(after.get("refunds")).hasSize(1);
		assertThat(after.get("payments").get("refunded").asString())
			.isEqualTo(ret.get("amounts").get("refund").asString());
		assertThat(desk.get(store.id(), returnId).attention()).isNull();
	}

	@Test
	void aRefusedRefundNeedsTheTeamAndARetryFindsTheRefundAlreadyMade() {
		long shopOrderId = 830982911946154508L + Math.abs(UUID.randomUUID().hashCode() % 100000);
		JsonNode order = shopifyOrder(shopOrderId);
		context(shopOrderId, "[]");
		shopify.stubFor(post(urlPathEqualTo(GRAPHQL)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.query", containing("refundCreate")))
			.withRequestBody(matchingJsonPath("$.variables.input.orderId", equalTo(gid(shopOrderId))))
			.willReturn(ShopifyAdminStub.json(200, """
					{"data":{"refundCreate":{"refund":null,"userErrors":[{"field":["transactions"],
					 "message":"Refund amount exceeds the amount available for refund"}]}}}""")));

		JsonNode ret = returnFirstLine(order);
		UUID returnId = UUID.fromString(ret.get("id").asString());
		assertThat(api.post("/api/v1/returns/" + returnId + "/resolve", "{}").status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> desk.get(store.id(), returnId).attention() != null);
		assertThat(desk.get(store.id(), returnId).attention()).contains("exceeds the amount available");

		// Meanwhile the refund was made in Shopify (an answer lost): the retry finds it.
		String refundId = String.valueOf(desk.get(store.id(), returnId).refundId());
		context(shopOrderId, "[{\"id\":\"gid://shopify/Refund/" + (shopOrderId + 3) + "\",\"legacyResourceId\":\""
				+ (shopOrderId + 3) + "\",\"note\":\"Return (Aftersale " + refundId + ")\"}]");
		desk.retryRefund(store.id(), returnId, "ops@example.com");

		await().atMost(Duration.ofSeconds(20)).until(() -> desk.get(store.id(), returnId).attention() == null);
		shopify.verify(1,
				postRequestedFor(urlPathEqualTo(GRAPHQL))
					.withRequestBody(matchingJsonPath("$.query", containing("refundCreate")))
					.withRequestBody(matchingJsonPath("$.variables.input.orderId", equalTo(gid(shopOrderId)))));
		assertThat(activity(returnId)).contains("refund_failed", "refund_retried", "refunded_in_shop");
	}

	private JsonNode shopifyOrder(long shopOrderId) {
		String now = Instant.now().minusSeconds(3600).toString();
		String email = "refund-" + UUID.randomUUID() + "@example.com";
		byte[] body = ShopifyFixtures.order(o -> {
			o.put("id", shopOrderId)
				.put("name", "#" + shopOrderId % 100000)
				.put("email", email)
				.put("created_at", now)
				.put("updated_at", now)
				.put("financial_status", "paid")
				.putNull("fulfillment_status");
			// Its own parcel, delivered, is added below: the fixture's fulfilments are
			// not.
			o.putArray("fulfillments");
			((ObjectNode) o.get("customer")).put("email", email);
		});
		try {
			webhook("orders/create", body);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		JsonNode items = api.get("/api/v1/orders?number=%23" + shopOrderId % 100000).json().get("items");
		assertThat(items).hasSize(1);
		return ReturnFixtures.markDelivered(api, api.get("/api/v1/orders/" + items.get(0).get("id").asString()).json());
	}

	private JsonNode returnFirstLine(JsonNode order) {
		String line = order.get("lineItems").get(0).get("id").asString();
		ApiClient.Response created = api.post("/api/v1/returns",
				ReturnFixtures.returnJson(order.get("id").asString(), line, 1, "too_small", "refund"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	// The order's refunds and the suggested refund's transaction, as Shopify answers
	// them.
	private static void context(long shopOrderId, String refunds) {
		shopify.stubFor(post(urlPathEqualTo(GRAPHQL)).atPriority(2)
			.withRequestBody(matchingJsonPath("$.query", containing("RefundContext")))
			.withRequestBody(matchingJsonPath("$.variables.id", equalTo(gid(shopOrderId))))
			.willReturn(ShopifyAdminStub.json(200,
					"""
							{"data":{"order":{"refunds":%s,"suggestedRefund":{"suggestedTransactions":[
							 {"gateway":"shopify_payments","parentTransaction":{"id":"gid://shopify/OrderTransaction/389404469"},
							  "maximumRefundableSet":{"shopMoney":{"amount":"409.94","currencyCode":"USD"}}}]}}},
							 "extensions":{"cost":{"requestedQueryCost":12,"actualQueryCost":12}}}"""
						.formatted(refunds))));
	}

	private static String created(long shopOrderId) {
		return """
				{"data":{"refundCreate":{"refund":{"id":"gid://shopify/Refund/%d","legacyResourceId":"%d"},
				 "userErrors":[]}}}""".formatted(shopOrderId + 1, shopOrderId + 1);
	}

	private static byte[] refundWebhook(long shopOrderId, long refundIdInShop, String ourRefund, JsonNode order) {
		ObjectNode refund = (ObjectNode) ShopifyFixtures.tree("webhook_body_refund.json").deepCopy();
		refund.put("id", refundIdInShop)
			.put("order_id", shopOrderId)
			.put("note", "Return (Aftersale " + ourRefund + ")");
		return ShopifyFixtures.JSON.writeValueAsBytes(refund);
	}

	private void webhook(String topic, byte[] body) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/webhooks/shopify/" + store.slug()))
			.header("Content-Type", "application/json")
			.header("X-Shopify-Topic", topic)
			.header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
			.header("X-Shopify-Hmac-Sha256", ShopifyFixtures.sign("hush", body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private List<String> activity(UUID returnId) {
		return api.get("/api/v1/returns/" + returnId).json().get("timeline").findValuesAsString("kind");
	}

	private static String gid(long shopOrderId) {
		return "gid://shopify/Order/" + shopOrderId;
	}

}
