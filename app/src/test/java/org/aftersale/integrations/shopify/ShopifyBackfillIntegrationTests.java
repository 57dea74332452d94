package org.aftersale.integrations.shopify;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.aftersale.testing.AdminBrowser;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aftersale.integrations.shopify.backfill-poll=PT0.2S",
				"aftersale.integrations.shopify.retry-backoff=PT0.1S",
				"aftersale.integrations.shopify.throttle-pause=PT0.1S" })
class ShopifyBackfillIntegrationTests {

	static final WireMockServer shopify = new WireMockServer(options().dynamicPort());

	static {
		shopify.start();
		ShopifyAdminStub.install(shopify);
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
	JdbcClient jdbc;

	@Test
	void registersWebhooksAndBackfillsHistoryThroughRateLimitsAndPages() {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());

		JsonNode connected = api
			.put("/api/v1/integrations/shopify",
					"""
							{"shopDomain":"aftersale-test.myshopify.com","webhookSecret":"hush","accessToken":"shpat_first_token_1234"}
							""")
			.json();

		assertThat(connected.get("webhooks").get("registered").asInt()).isEqualTo(11);
		assertThat(connected.get("accessToken").asString()).isEqualTo("…1234");
		shopify.verify(11,
				postRequestedFor(urlPathEqualTo(ShopifyAdminStub.API + "webhooks.json"))
					.withHeader("X-Shopify-Access-Token", equalTo("shpat_first_token_1234"))
					.withRequestBody(matchingJsonPath("$.webhook.address",
							equalTo("http://localhost:" + port + "/webhooks/shopify/" + credentials.storeSlug()))));

		JsonNode status = awaitBackfill(api);
		assertThat(status.toString()).doesNotContain("shpat_first_token");
		JsonNode orders = job(status, "orders");
		assertThat(orders.get("fetched").asInt()).isEqualTo(3);
		assertThat(orders.get("imported").asInt()).as(status.toString()).isEqualTo(1);
		assertThat(orders.get("failed").asInt()).isEqualTo(2);
		assertThat(job(status, "customers").get("imported").asInt()).isEqualTo(1);
		assertThat(job(status, "products").get("imported").asInt()).isEqualTo(1);
		assertThat(api.get("/api/v1/orders?number=%231002").json().get("items")).hasSize(1);
		assertThat(api.get("/api/v1/orders?number=%231003").json().get("items")).isEmpty();
		// orders.json is trimmed to order-level fields: an order without line items is
		// reported, and the page around it is still taken in.
		assertThat(status.get("failedDeliveries").findValuesAsString("problem")).containsExactlyInAnyOrder(
				"currency is not an ISO 4217 currency code", "lineItems must contain at least one line item");
		shopify.verify(2, getRequestedFor(urlPathEqualTo(ShopifyAdminStub.API + "orders.json")).withQueryParam("status",
				equalTo("any")));
		shopify.verify(2, getRequestedFor(urlPathEqualTo(ShopifyAdminStub.API + "orders.json"))
			.withQueryParam("page_info", equalTo("p2")));

		AdminBrowser browser = AdminBrowser.signIn(port, credentials);
		String page = browser.get("/admin/integrations/shopify").body();
		assertThat(page).contains("/webhooks/shopify/" + credentials.storeSlug(), "…1234", "aftersale-test")
			.doesNotContain("shpat_first_token", "hush", "every 2s");
		assertThat(browser.get("/admin/integrations/shopify/progress").body()).contains("orders", "done", "1003");
		assertThat(browser.submit("/admin/integrations/shopify", java.util.Map.of("shopDomain", "shop.example.com"))
			.body()).contains("shopDomain must be your shop", "aftersale-test");
	}

	private static JsonNode awaitBackfill(ApiClient api) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		JsonNode status = api.get("/api/v1/integrations/shopify").json();
		while (status.get("backfill").findValuesAsString("status").stream().anyMatch(s -> !s.equals("done"))) {
			assertThat(Instant.now()).as("back-fill finished: " + status).isBefore(deadline);
			sleep();
			status = api.get("/api/v1/integrations/shopify").json();
		}
		return status;
	}

	private static JsonNode job(JsonNode status, String resource) {
		for (JsonNode job : status.get("backfill")) {
			if (job.get("resource").asString().equals(resource)) {
				return job;
			}
		}
		throw new AssertionError("no back-fill of " + resource + " in " + status);
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
