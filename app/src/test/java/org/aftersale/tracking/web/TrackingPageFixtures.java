package org.aftersale.tracking.web;

import java.util.UUID;

import org.aftersale.testing.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders, shipments and carrier events for tracking-page tests, sent through the public
 * API the way a shop and a carrier aggregator send them.
 */
final class TrackingPageFixtures {

	/** An order as the shopper knows it. */
	record ShopperOrder(String id, String number, String email, String postalCode) {
	}

	private TrackingPageFixtures() {
	}

	/** An order of a T-shirt (2) and a mug (1), shipped to postal code "SW1A 1AA". */
	static ShopperOrder order(ApiClient api) {
		String external = UUID.randomUUID().toString();
		String number = "#" + (100000 + Math.abs(external.hashCode() % 800000));
		String email = "ana." + external.substring(0, 6) + "@example.com";
		ApiClient.Response created = api.post("/api/v1/orders",
				"""
						{"externalId":"%s","source":"api","number":"%s","placedAt":"2026-10-01T10:15:30+02:00","currency":"EUR",
						 "customer":{"email":"%s","firstName":"Ana","lastName":"Souza"},
						 "shippingAddress":{"name":"Ana Souza","line1":"10 Downing St","city":"London","postalCode":"SW1A 1AA","country":"GB"},
						 "lineItems":[{"sku":"TSHIRT-M","title":"Organic T-shirt","variantTitle":"M / Blue","quantity":2,"unitPrice":"19.90","imageUrl":"https://example.com/tshirt.jpg"},
						              {"sku":"MUG-1","title":"Enamel mug","quantity":1,"unitPrice":"12.00","imageUrl":"http://example.com/mug.jpg"}],
						 "totals":{"subtotal":"51.80","shipping":"4.90","tax":"0.00","discount":"0.00","total":"56.70"}}
						"""
					.formatted(external, number, email));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new ShopperOrder(created.json().get("id").asString(), number, email, "SW1A 1AA");
	}

	static void ship(ApiClient api, String orderId, String trackingNumber, String carrier, String sku, int quantity) {
		ApiClient.Response shipped = api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"%s\",\"carrier\":\"%s\",\"lineItems\":[{\"sku\":\"%s\",\"quantity\":%d}]}"
					.formatted(trackingNumber, carrier, sku, quantity));
		assertThat(shipped.status()).as(shipped.body()).isEqualTo(201);
	}

	static void event(ApiClient api, String trackingNumber, String status, String subStatus, String description,
			String occurredAt) {
		String sub = subStatus.isEmpty() ? "" : ",\"subStatus\":\"" + subStatus + "\"";
		ApiClient.Response sent = api.post("/api/v1/tracking-events", """
				[{"trackingNumber":"%s","status":"%s"%s,"description":"%s","occurredAt":"%s",
				  "estimatedDelivery":"2026-10-09","location":{"city":"Leeds","country":"GB"}}]"""
			.formatted(trackingNumber, status, sub, description, occurredAt));
		assertThat(sent.status()).as(sent.body()).isEqualTo(202);
		assertThat(sent.json().get("accepted").asInt()).as(sent.body()).isEqualTo(1);
	}

	static String link(ApiClient api, String orderId) {
		ApiClient.Response link = api.get("/api/v1/orders/" + orderId + "/tracking-link");
		assertThat(link.status()).as(link.body()).isEqualTo(200);
		return link.json().get("url").asString();
	}

}
