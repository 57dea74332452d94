package org.aftersale.tracking.polling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;

import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;

/**
 * When to ask a carrier again, as a pure function of the shipment and the clock. Parcels
 * close to the door are asked often, parcels that have not moved rarely; ±20% jitter
 * spreads shipments created in the same minute (a Shopify bulk fulfilment) over time, so
 * they do not hit the carrier's rate limit together.
 */
public final class PollPolicy {

	/** After this long without any new event a parcel is considered expired. */
	public static final Duration SILENCE_LIMIT = Duration.ofDays(30);

	static final double JITTER = 0.2;

	static final Duration LABEL_ONLY = Duration.ofHours(6);

	static final Duration IN_TRANSIT = Duration.ofHours(3);

	static final Duration LAST_MILE = Duration.ofMinutes(45);

	static final Duration BACKOFF_BASE = Duration.ofMinutes(1);

	static final Duration BACKOFF_CAP = Duration.ofHours(6);

	/** The longest interval the policy ever chooses, jitter included. */
	public static final Duration LONGEST = scale(LABEL_ONLY, 1 + JITTER);

	private PollPolicy() {
	}

	public static PollDecision next(PollSubject shipment, Instant now, RandomGenerator random) {
		if (shipment.status().isFinal()) {
			return new PollDecision.Stop();
		}
		Instant lastSign = shipment.lastSignOfLife();
		if (!now.isBefore(lastSign.plus(SILENCE_LIMIT))) {
			return new PollDecision.Expire(lastSign);
		}
		return new PollDecision.PollAt(now.plus(jitter(interval(shipment, now), random)));
	}

	/**
	 * The un-jittered interval: 6 h before the carrier has the parcel, 3 h in transit
	 * (2.4 to 3.6 h after jitter), 45 min on the last mile; halved from the day before
	 * the promised date on, when the out-for-delivery scan is due.
	 */
	static Duration interval(PollSubject shipment, Instant now) {
		Duration base = switch (shipment.status()) {
			case PENDING, INFO_RECEIVED -> LABEL_ONLY;
			case OUT_FOR_DELIVERY, FAILED_ATTEMPT, AVAILABLE_FOR_PICKUP -> LAST_MILE;
			default -> IN_TRANSIT;
		};
		boolean lastMile = base.equals(LAST_MILE);
		return (!lastMile && nearPromise(shipment.promisedDate(), now)) ? base.dividedBy(2) : base;
	}

	/**
	 * When to retry after a failed call: 1 min doubling per consecutive failure up to 6
	 * h, jittered, and never sooner than the carrier's Retry-After.
	 * @param failures consecutive failures including this one (1 or more)
	 */
	public static Instant backoff(int failures, @Nullable Duration retryAfter, Instant now, RandomGenerator random) {
		int doublings = Math.max(0, Math.min(failures - 1, 20));
		Duration wait = BACKOFF_BASE.multipliedBy(1L << doublings);
		if (wait.compareTo(BACKOFF_CAP) > 0) {
			wait = BACKOFF_CAP;
		}
		wait = jitter(wait, random);
		if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
			wait = retryAfter;
		}
		return now.plus(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
	}

	private static boolean nearPromise(@Nullable LocalDate promised, Instant now) {
		return promised != null && !promised.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1));
	}

	static Duration jitter(Duration base, RandomGenerator random) {
		return scale(base, 1 - JITTER + random.nextDouble() * 2 * JITTER);
	}

	private static Duration scale(Duration base, double factor) {
		return Duration.ofMillis(Math.round(base.toMillis() * factor));
	}

}
