package org.aftersale.integrations.shopify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.aftersale.integrations.IntegrationsSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Talks to the Shopify Admin REST API the way Shopify asks clients to: it slows down when
 * the leaky-bucket call limit is nearly used up, honours {@code Retry-After} on 429 and
 * retries server errors with exponential backoff.
 */
@Component
class ShopifyAdminClient {

	private static final Logger log = LoggerFactory.getLogger(ShopifyAdminClient.class);

	/** A final answer (not 429 or 5xx) with the path of the next page, if any. */
	record Reply(int status, String body, @Nullable String nextPage) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

	}

	private final IntegrationsSettings.Shopify settings;

	private final HttpClient http;

	ShopifyAdminClient(IntegrationsSettings settings) {
		this.settings = settings.shopify();
		this.http = HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build();
	}

	Reply get(String shopDomain, String token, String pathAndQuery) {
		return send(request(shopDomain, token, pathAndQuery).GET());
	}

	Reply post(String shopDomain, String token, String path, String json) {
		return send(request(shopDomain, token, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String shopDomain, String token, String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create(settings.baseUrl(shopDomain) + pathAndQuery))
			.timeout(settings.timeout())
			.header("X-Shopify-Access-Token", token)
			.header("Accept", "application/json");
	}

	private Reply send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		String last = "no attempt";
		for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				int status = response.statusCode();
				if (status == 429) {
					last = "429 Too Many Requests";
					pause(retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
					continue;
				}
				if (status >= 500) {
					last = "HTTP " + status;
					pause(backoff(attempt));
					continue;
				}
				ShopifyCallLimit.parse(response.headers().firstValue("X-Shopify-Shop-Api-Call-Limit").orElse(null))
					.filter(ShopifyCallLimit::nearlyFull)
					.ifPresent(limit -> pause(settings.throttlePause()));
				return new Reply(status, response.body(),
						ShopifyLinkHeader.nextPage(response.headers().allValues("Link")));
			}
			catch (IOException ex) {
				last = ex.getClass().getSimpleName();
				pause(backoff(attempt));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ShopifyUnavailableException("interrupted");
			}
		}
		log.warn("Shopify {} {} failed after {} attempts: {}", request.method(), request.uri().getPath(),
				settings.maxAttempts(), last);
		throw new ShopifyUnavailableException(
				"Shopify did not answer successfully after " + settings.maxAttempts() + " attempts (" + last + ")");
	}

	private Duration backoff(int attempt) {
		return settings.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 6));
	}

	// Shopify sends seconds, sometimes with a fraction ("2.0"); a missing or absurd value
	// falls back to its documented two seconds.
	static Duration retryAfter(@Nullable String header) {
		try {
			double seconds = header == null ? 2.0 : Double.parseDouble(header.strip());
			return Duration.ofMillis((long) (Math.min(Math.max(seconds, 0), 60) * 1000));
		}
		catch (NumberFormatException ex) {
			return Duration.ofSeconds(2);
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ShopifyUnavailableException("interrupted");
		}
	}

}
