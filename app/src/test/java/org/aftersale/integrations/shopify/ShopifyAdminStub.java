package org.aftersale.integrations.shopify;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A Shopify Admin API that serves the recorded fixtures, with the awkward parts real
 * shops show: a 429 with Retry-After, a 503, a nearly full call bucket and cursor pages.
 */
final class ShopifyAdminStub {

	static final String API = "/admin/api/2026-10/";

	private ShopifyAdminStub() {
	}

	static void install(WireMockServer shopify) {
		shopify.stubFor(post(urlPathEqualTo(API + "webhooks.json")).atPriority(5)
			.willReturn(json(201, "{\"webhook\":{\"id\":1}}")));
		shopify.stubFor(post(urlPathEqualTo(API + "webhooks.json")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.webhook.topic", equalTo("orders/create")))
			.willReturn(json(422, "{\"errors\":{\"address\":[\"for this topic has already been taken\"]}}")));

		shopify.stubFor(get(urlPathEqualTo(API + "orders.json")).withQueryParam("status", equalTo("any"))
			.inScenario("first page")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1.0"))
			.willSetStateTo("bucket refilled"));
		shopify.stubFor(get(urlPathEqualTo(API + "orders.json")).withQueryParam("status", equalTo("any"))
			.inScenario("first page")
			.whenScenarioStateIs("bucket refilled")
			.willReturn(json(200, new String(ShopifyFixtures.bytes("orders.json")))
				.withHeader("X-Shopify-Shop-Api-Call-Limit", "39/40")
				.withHeader("Link", "<https://aftersale-test.myshopify.com" + API
						+ "orders.json?limit=250&page_info=p2>; rel=\"next\"")));

		shopify.stubFor(get(urlPathEqualTo(API + "orders.json")).withQueryParam("page_info", equalTo("p2"))
			.inScenario("second page")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		shopify.stubFor(get(urlPathEqualTo(API + "orders.json")).withQueryParam("page_info", equalTo("p2"))
			.inScenario("second page")
			.whenScenarioStateIs("recovered")
			.willReturn(json(200, secondPage()).withHeader("X-Shopify-Shop-Api-Call-Limit", "3/40")));

		shopify.stubFor(get(urlPathEqualTo(API + "customers.json"))
			.willReturn(json(200, "{\"customers\":[" + ShopifyFixtures.tree("customer.json").get("customer") + "]}")));
		shopify.stubFor(get(urlPathEqualTo(API + "products.json"))
			.willReturn(json(200, "{\"products\":[" + ShopifyFixtures.tree("product.json").get("product") + "]}")));
	}

	/**
	 * Two more orders of the fixture's shape: #1002, and #1003 in a currency that does
	 * not exist.
	 */
	private static String secondPage() {
		ObjectNode page = ShopifyFixtures.JSON.createObjectNode();
		ArrayNode orders = page.putArray("orders");
		orders.add(ShopifyFixtures.JSON.readTree(ShopifyFixtures.order(o -> o.put("id", 1002).put("name", "#1002"))));
		orders.add(ShopifyFixtures.JSON
			.readTree(ShopifyFixtures.order(o -> o.put("id", 1003).put("name", "#1003").put("currency", "ZZZ"))));
		return page.toString();
	}

	static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
