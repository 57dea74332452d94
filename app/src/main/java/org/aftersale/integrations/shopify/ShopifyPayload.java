package org.aftersale.integrations.shopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.aftersale.kernel.InvalidInputException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reading Shopify's JSON leniently where Shopify itself is loose (ids as numbers, empty
 * strings for absent values) and strictly where a wrong value would corrupt an order.
 */
final class ShopifyPayload {

	private ShopifyPayload() {
	}

	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

	static String required(JsonNode node, String field) {
		String text = text(node, field);
		if (text == null) {
			throw new InvalidInputException(field, "is required");
		}
		return text;
	}

	static @Nullable Instant instant(JsonNode node, String field) {
		String text = text(node, field);
		try {
			return text == null ? null : OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "is not an ISO-8601 time with offset");
		}
	}

	static BigDecimal decimal(@Nullable String text, String field) {
		try {
			return text == null ? BigDecimal.ZERO : new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "is not a decimal amount");
		}
	}

	/** Sums {@code field} over the elements of an array, e.g. the prices of tax lines. */
	static BigDecimal sum(JsonNode array, String field) {
		BigDecimal sum = BigDecimal.ZERO;
		for (JsonNode element : array) {
			sum = sum.add(decimal(text(element, field), field));
		}
		return sum;
	}

}
