package org.aftersale.integrations.shopify;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code rel="next"} page of Shopify's cursor pagination from the {@code Link}
 * header.
 */
final class ShopifyLinkHeader {

	private static final Pattern LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?([a-z]+)\"?");

	private ShopifyLinkHeader() {
	}

	/**
	 * @return path and query of the next page, or null on the last page. Only the path is
	 * kept: the host is always the connected shop's, never one a response names.
	 */
	static @Nullable String nextPage(List<String> headers) {
		for (String header : headers) {
			Matcher matcher = LINK.matcher(header);
			while (matcher.find()) {
				if ("next".equals(matcher.group(2))) {
					URI uri = URI.create(matcher.group(1).strip());
					return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				}
			}
		}
		return null;
	}

}
