package org.aftersale.tracking.polling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollPolicyTests {

	static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	static final RandomGenerator LOWEST = new Fixed(0.0);

	static final RandomGenerator HIGHEST = new Fixed(0.999999);

	@Test
	void asksEverySixHoursWhileOnlyTheLabelExists() {
		assertThat(wait(subject(ShipmentStatus.INFO_RECEIVED, null), new Fixed(0.5))).isEqualTo(Duration.ofHours(6));
		assertThat(wait(subject(ShipmentStatus.PENDING, null), new Fixed(0.5))).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void asksEveryTwoToFourHoursInTransit() {
		PollSubject inTransit = subject(ShipmentStatus.IN_TRANSIT, null);

		assertThat(wait(inTransit, LOWEST)).isBetween(Duration.ofHours(2), Duration.ofHours(4));
		assertThat(wait(inTransit, HIGHEST)).isBetween(Duration.ofHours(2), Duration.ofHours(4));
	}

	@Test
	void asksEveryThirtyToSixtyMinutesOnTheLastMile() {
		for (ShipmentStatus status : new ShipmentStatus[] { ShipmentStatus.OUT_FOR_DELIVERY,
				ShipmentStatus.FAILED_ATTEMPT, ShipmentStatus.AVAILABLE_FOR_PICKUP }) {
			assertThat(wait(subject(status, null), LOWEST)).isBetween(Duration.ofMinutes(30), Duration.ofMinutes(60));
			assertThat(wait(subject(status, null), HIGHEST)).isBetween(Duration.ofMinutes(30), Duration.ofMinutes(60));
		}
	}

	@Test
	void asksTwiceAsOftenFromTheDayBeforeThePromisedDate() {
		PollSubject farAway = new PollSubject(ShipmentStatus.IN_TRANSIT, NOW.minusSeconds(60), NOW.minusSeconds(3600),
				LocalDate.parse("2026-03-20"));
		PollSubject dueTomorrow = new PollSubject(ShipmentStatus.IN_TRANSIT, NOW.minusSeconds(60),
				NOW.minusSeconds(3600), LocalDate.parse("2026-03-11"));

		assertThat(wait(farAway, new Fixed(0.5))).isEqualTo(Duration.ofHours(3));
		assertThat(wait(dueTomorrow, new Fixed(0.5))).isEqualTo(Duration.ofMinutes(90));
	}

	@Test
	void spreadsPollsByTwentyPercentEitherWay() {
		PollSubject inTransit = subject(ShipmentStatus.IN_TRANSIT, null);

		assertThat(wait(inTransit, LOWEST)).isEqualTo(Duration.ofMinutes(144));
		assertThat(wait(inTransit, HIGHEST)).isCloseTo(Duration.ofMinutes(216), Duration.ofSeconds(1));
	}

	@Test
	void stopsForDeliveredAndExpiredShipments() {
		assertThat(PollPolicy.next(subject(ShipmentStatus.DELIVERED, NOW), NOW, LOWEST))
			.isInstanceOf(PollDecision.Stop.class);
		assertThat(PollPolicy.next(subject(ShipmentStatus.EXPIRED, NOW), NOW, LOWEST))
			.isInstanceOf(PollDecision.Stop.class);
	}

	@Test
	void expiresAfterThirtyDaysWithoutAnyNewEvent() {
		Instant lastEvent = NOW.minus(Duration.ofDays(30));

		assertThat(PollPolicy.next(subject(ShipmentStatus.IN_TRANSIT, lastEvent), NOW, LOWEST))
			.isEqualTo(new PollDecision.Expire(lastEvent));
		assertThat(PollPolicy.next(subject(ShipmentStatus.IN_TRANSIT, lastEvent.plusSeconds(1)), NOW, LOWEST))
			.isInstanceOf(PollDecision.PollAt.class);
	}

	@Test
	void countsSilenceFromTrackingStartWhenNoEventCameYet() {
		PollSubject neverScanned = new PollSubject(ShipmentStatus.PENDING, null, NOW.minus(Duration.ofDays(31)), null);
		PollSubject recentlyTracked = new PollSubject(ShipmentStatus.PENDING, NOW.minus(Duration.ofDays(90)),
				NOW.minus(Duration.ofDays(2)), null);

		assertThat(PollPolicy.next(neverScanned, NOW, LOWEST)).isInstanceOf(PollDecision.Expire.class);
		assertThat(PollPolicy.next(recentlyTracked, NOW, LOWEST)).isInstanceOf(PollDecision.PollAt.class);
	}

	@Test
	void backsOffExponentiallyUpToACap() {
		assertThat(Duration.between(NOW, PollPolicy.backoff(1, null, NOW, new Fixed(0.5))))
			.isEqualTo(Duration.ofMinutes(1));
		assertThat(Duration.between(NOW, PollPolicy.backoff(4, null, NOW, new Fixed(0.5))))
			.isEqualTo(Duration.ofMinutes(8));
		assertThat(Duration.between(NOW, PollPolicy.backoff(30, null, NOW, HIGHEST)))
			.isLessThanOrEqualTo(Duration.ofMinutes(432));
		assertThat(Duration.between(NOW, PollPolicy.backoff(1000, null, NOW, LOWEST)))
			.isEqualTo(Duration.ofMinutes(288));
	}

	@Test
	void neverRetriesBeforeTheCarriersRetryAfter() {
		assertThat(PollPolicy.backoff(1, Duration.ofMinutes(10), NOW, HIGHEST))
			.isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(PollPolicy.backoff(1, Duration.ZERO, NOW, LOWEST)).isAfter(NOW);
	}

	private static Duration wait(PollSubject subject, RandomGenerator random) {
		PollDecision decision = PollPolicy.next(subject, NOW, random);
		assertThat(decision).isInstanceOf(PollDecision.PollAt.class);
		return Duration.between(NOW, ((PollDecision.PollAt) decision).at());
	}

	private static PollSubject subject(ShipmentStatus status, @Nullable Instant lastEventAt) {
		// Tracked long ago, so the last event alone decides the silence.

		return new PollSubject(status, (lastEventAt != null) ? lastEventAt : NOW.minusSeconds(600),
				NOW.minus(Duration.ofDays(40)), null);
	}

	private record Fixed(double value) implements RandomGenerator {

		@Override
		public long nextLong() {
			return 0;
		}

		@Override
		public double nextDouble() {
			return value;
		}

	}

}
