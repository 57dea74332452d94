package org.aftersale.tracking.polling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersale.tracking.ShipmentStatus;

import static org.assertj.core.api.Assertions.assertThat;

class PollPolicyPropertyTests {

	static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

	@Property
	void nextPollIsAlwaysInTheFutureAndWithinTheLongestInterval(@ForAll("subjects") PollSubject subject,
			@ForAll long seed) {
		PollDecision decision = PollPolicy.next(subject, NOW, new Random(seed));

		if (decision instanceof PollDecision.PollAt at) {
			assertThat(at.at()).isAfter(NOW).isBeforeOrEqualTo(NOW.plus(PollPolicy.LONGEST));
			assertThat(subject.status().isFinal()).isFalse();
		}
		else if (decision instanceof PollDecision.Expire expire) {
			assertThat(Duration.between(expire.silentSince(), NOW)).isGreaterThanOrEqualTo(PollPolicy.SILENCE_LIMIT);
		}
		else {
			assertThat(subject.status().isFinal()).isTrue();
		}
	}

	@Property
	void backoffIsInTheFutureCappedAndRespectsRetryAfter(@ForAll("failures") int failures,
			@ForAll("retryAfters") Duration retryAfter, @ForAll long seed) {
		Instant next = PollPolicy.backoff(failures, retryAfter, NOW, new Random(seed));

		assertThat(next).isAfter(NOW).isAfterOrEqualTo(NOW.plus(retryAfter));
		// The cap is 6 h, plus at most 20% jitter; only a longer Retry-After goes beyond.
		Duration cap = Duration.ofMinutes(432).plusSeconds(1);
		assertThat(Duration.between(NOW, next)).isLessThanOrEqualTo((retryAfter.compareTo(cap) > 0) ? retryAfter : cap);
	}

	@Provide
	Arbitrary<PollSubject> subjects() {
		Arbitrary<ShipmentStatus> status = Arbitraries.of(ShipmentStatus.class);
		Arbitrary<Instant> past = Arbitraries.longs()
			.between(0, Duration.ofDays(60).toSeconds())
			.map(NOW::minusSeconds);
		Arbitrary<LocalDate> promised = Arbitraries.integers()
			.between(-20, 20)
			.map(d -> LocalDate.parse("2026-06-01").plusDays(d))
			.injectNull(0.3);
		return Combinators.combine(status, past.injectNull(0.2), past, promised).as(PollSubject::new);
	}

	@Provide
	Arbitrary<Integer> failures() {
		return Arbitraries.integers().between(1, 10_000);
	}

	@Provide
	Arbitrary<Duration> retryAfters() {
		return Arbitraries.longs().between(0, Duration.ofDays(1).toSeconds()).map(Duration::ofSeconds);
	}

}
