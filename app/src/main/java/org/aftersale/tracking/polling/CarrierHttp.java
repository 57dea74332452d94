package org.aftersale.tracking.polling;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.aftersale.tracking.polling.CarrierCallException.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one request to a carrier and classifies the outcome the same way for all of them:
 * a JSON body on 2xx, otherwise a {@link CarrierCallException} whose kind tells the
 * scheduler what to do.
 */
@Component
class CarrierHttp {

	private final HttpClient client;

	private final JsonMapper json;

	private final Duration timeout;

	private final Clock clock;

	CarrierHttp(PollingSettings settings, JsonMapper json, Clock clock) {
		this.timeout = settings.timeout();
		this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
		this.json = json;
		this.clock = clock;
	}

	JsonMapper json() {
		return json;
	}

	/** An {@code application/x-www-form-urlencoded} body of name/value pairs. */
	static HttpRequest.BodyPublisher form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return HttpRequest.BodyPublishers.ofString(body.toString());
	}

	JsonNode send(HttpRequest.Builder request, String what) {
		HttpResponse<String> response;
		try {
			response = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			// Includes HttpTimeoutException: a slow carrier is asked again later.
			throw new CarrierCallException(Kind.RETRYABLE, what + ": " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CarrierCallException(Kind.RETRYABLE, what + ": interrupted");
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return parse(response.body(), what);
		}
		String message = what + ": HTTP " + status;
		if (status == 429) {
			throw new CarrierCallException(Kind.RETRYABLE, message,
					retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
		}
		if (status >= 500 || status == 408) {
			throw new CarrierCallException(Kind.RETRYABLE, message);
		}
		if (status == 401 || status == 403) {
			throw new CarrierCallException(Kind.AUTH_REJECTED, message);
		}
		if (status == 404) {
			throw new CarrierCallException(Kind.NOT_FOUND, message);
		}
		throw new CarrierCallException(Kind.PERMANENT, message);
	}

	private JsonNode parse(String body, String what) {
		try {
			JsonNode node = json.readTree(body);
			if (node == null || !(node.isObject() || node.isArray())) {
				throw new CarrierCallException(Kind.RETRYABLE, what + ": not a JSON object or array");
			}
			return node;
		}
		catch (JacksonException ex) {
			// Gateways in front of the carriers answer HTML or cut bodies under load; the
			// same request usually works a little later.
			throw new CarrierCallException(Kind.RETRYABLE, what + ": malformed JSON");
		}
	}

	/** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
	@Nullable Duration retryAfter(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			double seconds = Double.parseDouble(header.strip());
			return (seconds >= 0) ? Duration.ofMillis((long) (seconds * 1000)) : null;
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(clock.instant(), at.toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unparsable) {
				return null;
			}
		}
	}

}
