package org.aftersale.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.aftersale.webhooks.DueDeliveries.Outcome;

import org.springframework.stereotype.Component;

/**
 * Posts one signed delivery to its receiver and reports what happened, never throwing: a
 * refused connection or a timeout is an outcome like a 500. Redirects are not followed,
 * so a signed payload is never carried to an address the merchant did not enter.
 */
@Component
class WebhookSender {

	static final String USER_AGENT = "Aftersale-Webhooks/1";

	static final int EXCERPT_BYTES = 1024;

	private final HttpClient http;

	private final WebhooksSettings settings;

	private final Clock clock;

	WebhookSender(WebhooksSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Sends the body as it is stored, signed now with the given secret. */
	CompletableFuture<Outcome> send(String url, String secret, String eventType, DeliveryId deliveryId,
			String payload) {
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long started = System.nanoTime();
		byte[] body = payload.getBytes(StandardCharsets.UTF_8);
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(url))
				.timeout(settings.timeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", USER_AGENT)
				.header("X-Aftersale-Event", eventType)
				.header("X-Aftersale-Delivery", deliveryId.toString())
				.header(WebhookSignature.HEADER, WebhookSignature.sign(secret, at.getEpochSecond(), body))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
		}
		catch (IllegalArgumentException ex) {
			return CompletableFuture.completedFuture(new Outcome(at, null, null, "invalid URL: " + ex.getMessage(), 0));
		}
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
			.thenApply(response -> new Outcome(at, response.statusCode(), excerpt(response.body()), null,
					millisSince(started)))
			.exceptionally(ex -> new Outcome(at, null, null, describe(ex), millisSince(started)));
	}

	// Only the start of the answer is read: the log needs a hint of what the receiver
	// said, not a copy of whatever page it served.
	private static String excerpt(InputStream body) {
		try (body) {
			return new String(body.readNBytes(EXCERPT_BYTES), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String describe(Throwable ex) {
		Throwable cause = (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
		if (cause instanceof HttpTimeoutException) {
			return "timed out: " + cause.getMessage();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : "";
		String text = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
