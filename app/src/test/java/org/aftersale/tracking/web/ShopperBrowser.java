package org.aftersale.tracking.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client that behaves like a shopper's browser on the look-up form: it keeps
 * cookies and sends the form's CSRF token, and does not follow redirects so tests can see
 * them.
 */
final class ShopperBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final @org.jspecify.annotations.Nullable String forwardedFor;

	ShopperBrowser(int port) {
		this(port, null);
	}

	/** A shopper whose requests reach the server through a proxy naming their address. */
	ShopperBrowser(int port, @org.jspecify.annotations.Nullable String forwardedFor) {
		this.base = "http://localhost:" + port;
		this.forwardedFor = forwardedFor;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	HttpResponse<String> lookUp(String slug, String number, String contact) {
		Matcher token = CSRF.matcher(get("/t/" + slug).body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the look-up form");
		}
		String form = "number=" + encode(number) + "&contact=" + encode(contact) + "&_csrf=" + encode(token.group(1));
		return send(HttpRequest.newBuilder(URI.create(base + "/t/" + slug))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** The page without what legitimately differs between two renderings. */
	static String comparable(String body, String... typed) {
		String result = CSRF.matcher(body).replaceAll("name=\"_csrf\" value=\"…\"");
		for (String value : typed) {
			result = result.replace(value, "…");
		}
		return result;
	}

	private HttpResponse<String> send(HttpRequest request) {
		HttpRequest sent = forwardedFor == null ? request
				: HttpRequest.newBuilder(request, (name, value) -> true)
					.header("X-Forwarded-For", forwardedFor)
					.build();
		try {
			return http.send(sent, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
