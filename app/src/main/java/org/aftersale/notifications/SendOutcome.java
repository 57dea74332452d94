package org.aftersale.notifications;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What a provider made of one message.
 */
public sealed interface SendOutcome {

	/** Taken over for delivery; {@code providerId} is the provider's reference. */
	record Accepted(String providerId) implements SendOutcome {
	}

	/**
	 * Not taken now but may be later (SMTP 4xx, HTTP 429/5xx, time-outs, refused
	 * connections).
	 *
	 * @param retryAfter the provider's own hint, when it gave one
	 */
	record Retry(String reason, @Nullable Duration retryAfter) implements SendOutcome {
	}

	/**
	 * Refused for good (SMTP 5xx, an invalid number).
	 *
	 * @param suppressAddress whether the address itself is bad (hard bounce, unknown
	 * user, unsubscribed number), so that nothing more is sent to it
	 */
	record Rejected(String reason, boolean suppressAddress) implements SendOutcome {
	}

}
