package org.aftersale.orders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Orders in the API's JSON shape, built the way a shop would send them.
 */
public final class OrderFixtures {

	private OrderFixtures() {
	}

	public static String orderJson(String externalId, String number, String email) {
		return orderJson(externalId, number, email, "2026-10-01T10:15:30+02:00");
	}

	/**
	 * An order placed an hour ago: news still, so the shopper is told about it (an order
	 * placed weeks ago is history and announces nothing).
	 */
	public static String recentOrderJson(String externalId, String number, String email) {
		return orderJson(externalId, number, email,
				Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
	}

	public static String recentOrderJson() {
		String id = UUID.randomUUID().toString();
		return recentOrderJson(id, "#" + Math.abs(id.hashCode() % 100000),
				"ana+" + id.substring(0, 6) + "@example.com");
	}

	private static String orderJson(String externalId, String number, String email, String placedAt) {
		return """
				{"externalId":"%s","source":"api","number":"%s","placedAt":"%s","currency":"EUR",
				 "customer":{"email":"%s","firstName":"Ana","lastName":"Souza","phone":"+49 30 1234567"},
				 "shippingAddress":{"name":"Ana Souza","line1":"Torstraße 1","city":"Berlin","postalCode":"10119","country":"DE"},
				 "lineItems":[{"sku":"TSHIRT-M","title":"Organic T-shirt","variantTitle":"M / Blue","quantity":2,"unitPrice":"19.90","tags":["apparel","summer"]},
				              {"sku":"MUG-1","title":"Mug","quantity":1,"unitPrice":"12.00","imageUrl":"https://example.com/mug.jpg"}],
				 "totals":{"subtotal":"51.80","shipping":"4.90","tax":"9.84","discount":"0.00","total":"56.70"}}
				"""
			.formatted(externalId, number, placedAt, email);
	}

	public static String anyOrderJson() {
		String id = UUID.randomUUID().toString();
		return orderJson(id, "#" + Math.abs(id.hashCode() % 100000), "ana+" + id.substring(0, 6) + "@example.com");
	}

}
