package org.aftersale.webhooks;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried next: exponential backoff from {@code initialBackoff},
 * capped at {@code maxBackoff}, with jitter; nothing after {@code maxAttempts}. With the
 * defaults: about 30 s, 2 min, 8 min, 32 min, 2 h, 8.5 h, 12 h, then given up (roughly a
 * day of trying).
 */
final class RetryBackoff {

	private final WebhooksSettings settings;

	private final RandomGenerator random;

	RetryBackoff(WebhooksSettings settings, RandomGenerator random) {
		this.settings = settings;
		this.random = random;
	}

	/**
	 * The wait after the given number of failed attempts of the current round, or empty
	 * when the delivery is to be given up.
	 */
	Optional<Duration> after(int failedAttempts) {
		if (failedAttempts >= settings.maxAttempts()) {
			return Optional.empty();
		}
		double base = settings.initialBackoff().toMillis()
				* Math.pow(settings.backoffMultiplier(), Math.max(failedAttempts - 1, 0));
		double capped = Math.min(base, settings.maxBackoff().toMillis());
		double factor = 1 + settings.jitter() * (2 * random.nextDouble() - 1);
		return Optional.of(Duration.ofMillis(Math.max(0, Math.round(capped * factor))));
	}

}
