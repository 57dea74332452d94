package org.aftersale.returns;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.returns.policy.ReturnPolicy;
import org.aftersale.testing.ApiClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders delivered a minute ago, returns of their lines, and policies, through the API.
 */
public final class ReturnFixtures {

	private ReturnFixtures() {
	}

	/** A new order (2 T-shirts at 19.90, a mug at 12.00) whose parcel was delivered. */
	public static JsonNode deliveredOrder(ApiClient api) {
		JsonNode order = api.post("/api/v1/orders", OrderFixtures.recentOrderJson()).json();
		return markDelivered(api, order);
	}

	/** The order with a parcel of its own that was delivered a minute ago. */
	public static JsonNode markDelivered(ApiClient api, JsonNode order) {
		String number = "RT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		ApiClient.Response shipment = api.post("/api/v1/orders/" + order.get("id").asString() + "/shipments",
				"{\"trackingNumber\":\"" + number + "\",\"carrier\":\"dhl\"}");
		assertThat(shipment.status()).as(shipment.body()).isEqualTo(201);
		String delivered = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
		api.post("/api/v1/tracking-events", "[{\"trackingNumber\":\"" + number
				+ "\",\"status\":\"delivered\",\"description\":\"Delivered\",\"occurredAt\":\"" + delivered + "\"}]");
		await().until(() -> api.get("/api/v1/orders/" + order.get("id").asString())
			.json()
			.get("deliveryStatus")
			.asString()
			.equals("delivered"));
		return api.get("/api/v1/orders/" + order.get("id").asString()).json();
	}

	public static String lineId(JsonNode order, String sku) {
		for (JsonNode line : order.get("lineItems")) {
			if (sku.equals(line.get("sku").asString())) {
				return line.get("id").asString();
			}
		}
		throw new AssertionError("no line " + sku);
	}

	public static String returnJson(String orderId, String lineId, int quantity, String reason, String resolution) {
		return """
				{"orderId":"%s","items":[{"lineItemId":"%s","quantity":%d,"reason":"%s"}],"resolution":"%s"}
				""".formatted(orderId, lineId, quantity, reason, resolution);
	}

	/** A return of one T-shirt of a new delivered order, for a refund. */
	public static JsonNode shirtReturn(ApiClient api) {
		JsonNode order = deliveredOrder(api);
		ApiClient.Response created = api.post("/api/v1/returns",
				returnJson(order.get("id").asString(), lineId(order, "TSHIRT-M"), 1, "too_small", "refund"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	/** Publishes a policy whose rule sends every return to review. */
	public static void reviewEverything(ApiClient api) {
		ApiClient.Response draft = api.put("/api/v1/returns/policy/draft",
				"""
						{"window":{"days":30,"from":"delivery"},
						 "reasons":[{"code":"too_small","label":"Too small"},{"code":"damaged","label":"Arrived damaged"}],
						 "resolutions":["refund","store_credit"],"methods":["mail"],
						 "rules":[{"name":"Review everything","then":{"outcome":"review","message":"We look at every return."}}]}
						""");
		assertThat(draft.status()).as(draft.body()).isEqualTo(200);
		assertThat(api.post("/api/v1/returns/policy/publish", "{}").status()).isEqualTo(200);
	}

	/** Publishes the standard policy again, for the tests that share the context. */
	public static void restoreStandard(ApiClient api) {
		api.put("/api/v1/returns/policy/draft", PolicyDocuments.write(ReturnPolicy.standard()));
		api.post("/api/v1/returns/policy/publish", "{}");
	}

}
