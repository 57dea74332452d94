package org.aftersale.integrations.shopify;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Shopify's {@code X-Shopify-Shop-Api-Call-Limit} header, e.g. {@code 39/40}: calls in
 * the leaky bucket out of its size.
 */
record ShopifyCallLimit(int used, int size) {

	static Optional<ShopifyCallLimit> parse(@Nullable String header) {
		if (header == null) {
			return Optional.empty();
		}
		String[] parts = header.strip().split("/");
		try {
			return parts.length == 2
					? Optional.of(new ShopifyCallLimit(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])))
					: Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	// The bucket leaks two calls a second; pausing with a tenth of it left keeps us clear
	// of 429s without slowing an idle shop.
	boolean nearlyFull() {
		return size > 0 && size - used <= Math.max(1, size / 10);
	}

}
