package org.aftersale.webhooks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.aftersale.platform.OutboundHttp;
import org.aftersale.platform.RefusedTarget;
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

	private final OutboundHttp http;

	private final WebhooksSettings settings;

	private final Clock clock;

	WebhookSender(OutboundHttp http, WebhooksSettings settings, Clock clock) {
		this.http = http;
		this.settings = settings;
		this.clock = clock;
	}

	/** Sends the body as it is stored, signed now with the given secret. */
	CompletableFuture<Outcome> send(String url, String secret, String eventType, DeliveryId deliveryId,
			String payload) {
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long started = System.nanoTime();
		byte[] body = payload.getBytes(StandardCharsets.UTF_8);
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return CompletableFuture.completedFuture(new Outcome(at, null, null, "invalid URL: " + ex.getMessage(), 0));
		}
		Map<String, String> headers = Map.of("Content-Type", "application/json", "User-Agent", USER_AGENT,
				"X-Aftersale-Event", eventType, "X-Aftersale-Delivery", deliveryId.toString(), WebhookSignature.HEADER,
				WebhookSignature.sign(secret, at.getEpochSecond(), body));
		return http.postAsync(uri, headers, body, settings.timeout(), EXCERPT_BYTES)
			.thenApply(answer -> new Outcome(at, answer.status(), answer.body(), null, millisSince(started)))
			.exceptionally(ex -> new Outcome(at, null, null, describe(ex), millisSince(started)));
	}

	private static String describe(Throwable ex) {
		Throwable cause = (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
		if (cause instanceof RefusedTarget) {
			return "refused: " + cause.getMessage();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : "";
		String text = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
