package org.aftersale.webhooks;

import java.time.Duration;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryBackoffTests {

	static WebhooksSettings settings(double jitter) {
		return new WebhooksSettings(true, Duration.ofSeconds(1), 20, Duration.ofMinutes(2), Duration.ofSeconds(10), 8,
				Duration.ofSeconds(30), 4, Duration.ofHours(12), jitter, false);
	}

	@Test
	void growsFourfoldUpToTwelveHoursAndGivesUpAfterTheLastAttempt() {
		RetryBackoff backoff = new RetryBackoff(settings(0), RandomGenerator.getDefault());

		assertThat(IntStream.rangeClosed(1, 7).mapToObj(n -> backoff.after(n).orElseThrow())).containsExactly(
				Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(8), Duration.ofMinutes(32),
				Duration.ofMinutes(128), Duration.ofMinutes(512), Duration.ofHours(12));
		assertThat(backoff.after(8)).isEmpty();
	}

	@Test
	void spreadsEachWaitByTheJitter() {
		RetryBackoff backoff = new RetryBackoff(settings(0.2), RandomGenerator.of("L64X128MixRandom"));

		IntStream.range(0, 200)
			.mapToObj(i -> backoff.after(2).orElseThrow())
			.forEach(wait -> assertThat(wait).isBetween(Duration.ofSeconds(96), Duration.ofSeconds(144)));
	}

}
