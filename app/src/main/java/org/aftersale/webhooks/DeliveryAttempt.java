package org.aftersale.webhooks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One request made for a delivery and what came back: the delivery log.
 *
 * @param statusCode the receiver's HTTP status, {@code null} when no answer came
 * @param responseExcerpt the start of the receiver's answer (at most 1 KB)
 * @param error why the attempt failed without an answer (timeout, refused connection)
 */
public record DeliveryAttempt(int number, Instant attemptedAt, @Nullable Integer statusCode,
		@Nullable String responseExcerpt, @Nullable String error, long durationMillis) {

	public boolean succeeded() {
		return statusCode != null && statusCode >= 200 && statusCode < 300;
	}

}
