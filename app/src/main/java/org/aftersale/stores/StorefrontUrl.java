package org.aftersale.stores;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The shop's own web address as a merchant types it: {@code https://} with a host and at
 * most a path, kept without a trailing slash so product paths can follow it.
 */
final class StorefrontUrl {

	static final int MAX_LENGTH = 500;

	private StorefrontUrl() {
	}

	/** The address in its kept form, or {@code null} when blank or not a shop address. */
	static @Nullable String normalise(@Nullable String typed) {
		if (typed == null || typed.isBlank() || typed.strip().length() > MAX_LENGTH) {
			return null;
		}
		try {
			URI uri = new URI(typed.strip());
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null
					|| uri.getRawQuery() != null || uri.getRawFragment() != null || !uri.getHost().contains(".")) {
				return null;
			}
			String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
			return "https://" + uri.getHost().toLowerCase(Locale.ROOT)
					+ (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
