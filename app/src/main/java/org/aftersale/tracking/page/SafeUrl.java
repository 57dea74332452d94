package org.aftersale.tracking.page;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The URL checks every merchant- or shop-supplied link on the shopper page passes, so
 * that no {@code javascript:} or {@code data:} URL ever reaches an attribute.
 */
public final class SafeUrl {

	private SafeUrl() {
	}

	public static boolean isHttps(@Nullable String url) {
		return hasScheme(url, "https");
	}

	/** Item images come from shops, some still on plain http. */
	public static boolean isHttpOrHttps(@Nullable String url) {
		return hasScheme(url, "https") || hasScheme(url, "http");
	}

	private static boolean hasScheme(@Nullable String url, String scheme) {
		if (url == null || url.isBlank() || url.length() > 1000) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals(scheme)
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
