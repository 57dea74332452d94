package org.aftersale.integrations.shopify;

import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.orders.OrderSubmission;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import static org.aftersale.integrations.shopify.ShopifyPayload.decimal;
import static org.aftersale.integrations.shopify.ShopifyPayload.instant;
import static org.aftersale.integrations.shopify.ShopifyPayload.required;
import static org.aftersale.integrations.shopify.ShopifyPayload.sum;
import static org.aftersale.integrations.shopify.ShopifyPayload.text;

/**
 * Maps Shopify's Order resource (REST Admin API, also the body of the {@code orders/*}
 * webhooks) to an {@link OrderSubmission}.
 */
final class ShopifyOrderMapper {

	static final String SOURCE = "shopify";

	private ShopifyOrderMapper() {
	}

	static OrderSubmission toSubmission(JsonNode order) {
		String id = required(order, "id");
		String number = text(order, "name") != null ? text(order, "name") : "#" + required(order, "order_number");
		var placedAt = instant(order, "created_at");
		if (placedAt == null) {
			throw new InvalidInputException("created_at", "is required");
		}
		return new OrderSubmission(SOURCE, id, number, placedAt, orEmpty(text(order, "currency")), customer(order),
				address(order.path("shipping_address")), lines(order.path("line_items")), totals(order),
				text(order, "financial_status"), instant(order, "updated_at"), instant(order, "cancelled_at"),
				text(order, "cancel_reason"));
	}

	private static OrderSubmission.Customer customer(JsonNode order) {
		JsonNode customer = order.path("customer");
		JsonNode shipping = order.path("shipping_address");
		String email = firstOf(text(order, "email"), text(customer, "email"), text(order, "contact_email"));
		return new OrderSubmission.Customer(orEmpty(email),
				firstOf(text(customer, "first_name"), text(shipping, "first_name")),
				firstOf(text(customer, "last_name"), text(shipping, "last_name")),
				firstOf(text(customer, "phone"), text(order, "phone")), emailConsent(order, customer),
				consent(customer.path("sms_marketing_consent")));
	}

	// Since 2022-04 the consent is a state per channel; older payloads, and the order's
	// own checkbox, say only whether the buyer accepted marketing.
	private static @Nullable Boolean emailConsent(JsonNode order, JsonNode customer) {
		Boolean state = consent(customer.path("email_marketing_consent"));
		if (state != null) {
			return state;
		}
		JsonNode legacy = customer.path("accepts_marketing");
		if (legacy.isBoolean()) {
			return legacy.asBoolean();
		}
		JsonNode checkbox = order.path("buyer_accepts_marketing");
		return checkbox.isBoolean() ? checkbox.asBoolean() : null;
	}

	// Only "subscribed" is consent: "pending" waits for a confirmed opt-in, and
	// "not_subscribed", "unsubscribed", "redacted" and "invalid" are not.
	private static @Nullable Boolean consent(JsonNode consent) {
		String state = text(consent, "state");
		return state == null ? null : "subscribed".equalsIgnoreCase(state);
	}

	private static @Nullable Address address(JsonNode address) {
		if (!address.isObject()) {
			return null;
		}
		String name = firstOf(text(address, "name"),
				(orEmpty(text(address, "first_name")) + " " + orEmpty(text(address, "last_name"))).strip());
		return new Address(orEmpty(name), orEmpty(text(address, "address1")), text(address, "address2"),
				orEmpty(text(address, "city")), firstOf(text(address, "province_code"), text(address, "province")),
				firstOf(text(address, "zip"), ""), orEmpty(text(address, "country_code")));
	}

	private static List<OrderSubmission.Line> lines(JsonNode items) {
		List<OrderSubmission.Line> lines = new ArrayList<>();
		for (JsonNode item : items) {
			String title = firstOf(text(item, "title"), text(item, "name"));
			lines.add(new OrderSubmission.Line(text(item, "id"), text(item, "sku"), orEmpty(title),
					text(item, "variant_title"), item.path("quantity").asLong(0), orEmpty(text(item, "price")),
					lineDiscount(item).toPlainString(), sum(item.path("tax_lines"), "price").toPlainString(),
					text(item, "product_id"), text(item, "variant_id"), null, List.of(), null));
		}
		return lines;
	}

	// discount_allocations hold every discount on the line, its share of order-level
	// discounts included, as Shopify computed them; total_discount only the line's own.
	private static java.math.BigDecimal lineDiscount(JsonNode item) {
		JsonNode allocations = item.path("discount_allocations");
		if (allocations.isArray()) {
			return sum(allocations, "amount");
		}
		return decimal(text(item, "total_discount"), "total_discount");
	}

	private static OrderSubmission.Totals totals(JsonNode order) {
		String shipping = text(order.path("total_shipping_price_set").path("shop_money"), "amount");
		if (shipping == null) {
			shipping = sum(order.path("shipping_lines"), "price").toPlainString();
		}
		return new OrderSubmission.Totals(
				firstOf(text(order, "subtotal_price"), text(order, "total_line_items_price"), "0"), shipping,
				firstOf(text(order, "total_tax"), "0"), firstOf(text(order, "total_discounts"), "0"),
				orEmpty(text(order, "total_price")), order.path("taxes_included").asBoolean(false));
	}

	// Absent required values become empty, so validation names them instead of storing
	// the word "null".
	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	@SafeVarargs
	private static <T> @Nullable T firstOf(@Nullable T... candidates) {
		for (T candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return null;
	}

}
