package org.aftersale.integrations.shopify;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Trigger;
import org.aftersale.notifications.TriggerConditions;
import org.aftersale.notifications.TriggerSetting;
import org.aftersale.notifications.TriggerSettings;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.MailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
 * Shopify's order webhooks do not carry the product's picture or tags; Aftersale asks the
 * GraphQL Admin API for the products it has not seen, once, and the lines then show their
 * pictures on the shopper's page and match the tag conditions of notifications.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "aftersale.notifications.poll=100ms" })
class ShopifyLineProductsIntegrationTests {

	static final WireMockServer shopify = new WireMockServer(options().dynamicPort());

	static final String IMAGE = "https://cdn.shopify.com/s/files/1/0006/9093/3842/products/ipod-nano.png?v=1319133913";

	static {
		shopify.start();
		shopify.stubFor(post(urlPathEqualTo(ShopifyAdminStub.API + "webhooks.json"))
			.willReturn(ShopifyAdminStub.json(201, "{\"webhook\":{\"id\":1}}")));
		for (String resource : List.of("orders", "customers", "products")) {
			shopify.stubFor(get(urlPathEqualTo(ShopifyAdminStub.API + resource + ".json"))
				.willReturn(ShopifyAdminStub.json(200, "{\"" + resource + "\":[]}")));
		}
		shopify.stubFor(post(urlPathEqualTo(ShopifyAdminStub.API + "graphql.json")).atPriority(1)
			.withHeader("X-Shopify-Access-Token", equalTo("shpat_products"))
			.withRequestBody(matchingJsonPath("$.variables.ids[0]", equalTo("gid://shopify/Product/632910392")))
			.willReturn(ShopifyAdminStub.json(200, fixture("graphql-line-products.json"))));
		// A product deleted since the order: Shopify answers null for its id.
		shopify.stubFor(post(urlPathEqualTo(ShopifyAdminStub.API + "graphql.json")).atPriority(5)
			.willReturn(ShopifyAdminStub.json(200, "{\"data\":{\"nodes\":[null]}}")));
	}

	@DynamicPropertySource
	static void pointAtTheStubs(DynamicPropertyRegistry registry) {
		registry.add("aftersale.integrations.shopify.base-url-template", shopify::baseUrl);
		registry.add("spring.mail.port", MailServer::port);
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
	TriggerSettings triggers;

	@Test
	void linesCarryTheProductsPictureAndTagsToThePageAndToTagConditions() throws Exception {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		assertThat(api.put("/api/v1/integrations/shopify",
				"{\"shopDomain\":\"products.myshopify.com\",\"webhookSecret\":\"hush\",\"accessToken\":\"shpat_products\"}")
			.status()).isEqualTo(200);
		triggers.save(store.id(), new TriggerSetting(Trigger.ORDER_CONFIRMED, Channel.EMAIL, true, Duration.ZERO,
				new TriggerConditions("any", null, null, List.of("music"), List.of(), List.of())));

		String musicLover = "music-" + UUID.randomUUID() + "@example.com";
		deliver(store.slug(), order(5101, musicLover, 632910392L));
		String other = "other-" + UUID.randomUUID() + "@example.com";
		deliver(store.slug(), order(5102, other, 999000111L));

		JsonNode line = orderByNumber(api, "#5101").get("lineItems").get(0);
		assertThat(line.get("imageUrl").asString()).isEqualTo(IMAGE);
		assertThat(line.get("tags").toString()).contains("Music", "MP3");
		assertThat(line.get("productType").asString()).isEqualTo("Cult Products");
		// One query per order for the products the catalog lacks, asking for the picture.
		shopify.verify(2, postRequestedFor(urlPathEqualTo(ShopifyAdminStub.API + "graphql.json"))
			.withRequestBody(matchingJsonPath("$.query", containing("featuredMedia"))));
		// Kept in the catalog: the next order of the same product asks Shopify nothing.
		assertThat(api.get("/api/v1/products?q=IPod").json().get("items").toString()).contains("ipod-nano");
		deliver(store.slug(), order(5103, "again-" + UUID.randomUUID() + "@example.com", 632910392L));
		shopify.verify(1, postRequestedFor(urlPathEqualTo(ShopifyAdminStub.API + "graphql.json"))
			.withRequestBody(matchingJsonPath("$.variables.ids[0]", equalTo("gid://shopify/Product/632910392"))));

		String page = shopperPage(api, orderByNumber(api, "#5101").get("id").asString());
		assertThat(page).contains("src=\"" + IMAGE.replace("&", "&amp;") + "\"");

		await().atMost(Duration.ofSeconds(20)).until(() -> MailServer.to(musicLover).size() == 1);
		assertThat(orderByNumber(api, "#5102").get("lineItems").get(0).has("imageUrl")
				&& !orderByNumber(api, "#5102").get("lineItems").get(0).get("imageUrl").isNull())
			.as("a product Shopify no longer has leaves the line as it was")
			.isFalse();
		Thread.sleep(1500);
		assertThat(MailServer.to(other)).as("not tagged music: the condition keeps it quiet").isEmpty();
	}

	private static byte[] order(long id, String email, long productId) {
		String now = Instant.now().toString();
		return ShopifyFixtures.order(o -> {
			o.put("id", id).put("name", "#" + id).put("email", email).put("created_at", now).put("updated_at", now);
			((ObjectNode) o.get("customer")).put("email", email);
			ArrayNode lines = (ArrayNode) o.get("line_items");
			lines.forEach(line -> ((ObjectNode) line).put("product_id", productId));
		});
	}

	private void deliver(String slug, byte[] body) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/webhooks/shopify/" + slug))
			.header("Content-Type", "application/json")
			.header("X-Shopify-Topic", "orders/create")
			.header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
			.header("X-Shopify-Hmac-Sha256", ShopifyFixtures.sign("hush", body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static JsonNode orderByNumber(ApiClient api, String number) {
		JsonNode items = api.get("/api/v1/orders?number=" + number.replace("#", "%23")).json().get("items");
		assertThat(items).as(number).hasSize(1);
		return api.get("/api/v1/orders/" + items.get(0).get("id").asString()).json();
	}

	private static String shopperPage(ApiClient api, String orderId) throws Exception {
		String link = api.get("/api/v1/orders/" + orderId + "/tracking-link").json().get("url").asString();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static String fixture(String name) {
		try (InputStream in = ShopifyLineProductsIntegrationTests.class
			.getResourceAsStream("/integrations/shopify/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
