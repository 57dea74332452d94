package org.aftersale.integrations.shopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.orders.FulfilmentSubmission;

import tools.jackson.databind.JsonNode;

import static org.aftersale.integrations.shopify.ShopifyPayload.decimal;
import static org.aftersale.integrations.shopify.ShopifyPayload.instant;
import static org.aftersale.integrations.shopify.ShopifyPayload.text;

/**
 * Maps Shopify's Fulfillment and Refund resources (the {@code fulfillments/*} and
 * {@code refunds/create} webhook bodies, and the {@code fulfillments[]} of an order).
 */
final class ShopifyFulfilmentMapper {

	private ShopifyFulfilmentMapper() {
	}

	static FulfilmentSubmission toSubmission(JsonNode fulfillment, Instant now) {
		List<String> numbers = strings(fulfillment.path("tracking_numbers"));
		if (numbers.isEmpty() && text(fulfillment, "tracking_number") != null) {
			numbers = List.of(text(fulfillment, "tracking_number"));
		}
		List<String> urls = strings(fulfillment.path("tracking_urls"));
		if (urls.isEmpty() && text(fulfillment, "tracking_url") != null) {
			urls = List.of(text(fulfillment, "tracking_url"));
		}
		List<FulfilmentSubmission.ShippedLine> lines = new ArrayList<>();
		for (JsonNode item : fulfillment.path("line_items")) {
			lines.add(new FulfilmentSubmission.ShippedLine(text(item, "id"), text(item, "sku"),
					item.path("quantity").asLong(0)));
		}
		Instant at = instant(fulfillment, "created_at");
		String status = text(fulfillment, "status");
		return new FulfilmentSubmission(text(fulfillment, "id"), status == null ? "success" : status,
				text(fulfillment, "tracking_company"), numbers, urls, text(fulfillment, "shipment_status"), lines,
				at == null ? now : at);
	}

	/**
	 * What the shopper got back: the successful refund transactions, or, for a refund
	 * without money movement recorded, the value of the refunded lines.
	 */
	static BigDecimal refundAmount(JsonNode refund) {
		BigDecimal transactions = BigDecimal.ZERO;
		boolean any = false;
		for (JsonNode transaction : refund.path("transactions")) {
			String status = text(transaction, "status");
			if ("refund".equals(text(transaction, "kind")) && (status == null || "success".equals(status))) {
				transactions = transactions.add(decimal(text(transaction, "amount"), "transactions.amount"));
				any = true;
			}
		}
		if (any) {
			return transactions;
		}
		BigDecimal lines = BigDecimal.ZERO;
		for (JsonNode line : refund.path("refund_line_items")) {
			String subtotal = text(line, "subtotal");
			lines = lines.add(subtotal != null ? decimal(subtotal, "refund_line_items.subtotal")
					: decimal(text(line.path("line_item"), "price"), "line_item.price")
						.multiply(BigDecimal.valueOf(line.path("quantity").asLong(0))));
		}
		return lines;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		for (JsonNode value : array) {
			if (!value.isNull() && !value.asString().isBlank()) {
				values.add(value.asString().strip());
			}
		}
		return values;
	}

}
