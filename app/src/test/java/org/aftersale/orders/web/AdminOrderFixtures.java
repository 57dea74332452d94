package org.aftersale.orders.web;

import java.util.UUID;

/**
 * Orders in the API's JSON shape with the customer, date and state a page test needs to
 * tell them apart.
 */
final class AdminOrderFixtures {

	private AdminOrderFixtures() {
	}

	static String order(String number, String email, String firstName, String lastName, String placedAt,
			boolean cancelled) {
		return """
				{"externalId":"%s","source":"api","number":"%s","placedAt":"%s","currency":"USD",%s
				 "customer":{"email":"%s","firstName":"%s","lastName":"%s","phone":"+1 555 0100"},
				 "shippingAddress":{"name":"%s %s","line1":"1 Main St","city":"Springfield","postalCode":"12345","country":"US"},
				 "lineItems":[{"sku":"CAP-1","title":"Canvas cap","variantTitle":"Olive","quantity":3,"unitPrice":"10.00",
				               "imageUrl":"https://example.com/cap.jpg"}],
				 "totals":{"subtotal":"30.00","shipping":"5.00","tax":"2.50","discount":"1.00","total":"36.50"}}
				"""
			.formatted(UUID.randomUUID(), number, placedAt,
					cancelled ? "\"cancelledAt\":\"" + placedAt + "\",\"cancelReason\":\"customer\"," : "", email,
					json(firstName), json(lastName), json(firstName), json(lastName));
	}

	static String tag() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	private static String json(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
