package org.aftersale.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a receiver's address: an absolute {@code https} URL of at most 2,000
 * characters without credentials in it. Plain {@code http} is allowed only for the
 * loopback host (a receiver on the same machine, as in development) unless the
 * installation allows it, because payloads carry shoppers' names and e-mail addresses.
 */
final class ReceiverUrl {

	static final int MAX_LENGTH = 2000;

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private ReceiverUrl() {
	}

	/** The problem with the URL in words, or empty when it is acceptable. */
	static Optional<String> problem(String url, boolean allowPlainHttp) {
		if (url.isBlank()) {
			return Optional.of("must not be blank");
		}
		if (url.length() > MAX_LENGTH) {
			return Optional.of("must be at most " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			return Optional.of("must be an absolute https:// URL");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not contain a user name or password");
		}
		if (scheme.equals("http") && !allowPlainHttp && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
			return Optional.of("must use https:// (plain http:// only for localhost)");
		}
		return Optional.empty();
	}

}
