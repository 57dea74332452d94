package org.aftersale.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The rules that put a shipment on the merchant's attention list. Pure: no clock, no
 * database. {@link AttentionSql} states the same rules in SQL for counts and lists, and
 * the integration tests hold the two together.
 */
public final class AttentionPolicy {

	private static final Set<ShipmentSubStatus> RETURNS = EnumSet.of(ShipmentSubStatus.RETURNING_TO_SENDER,
			ShipmentSubStatus.RETURNED_TO_SENDER);

	// Final statuses never go quiet, and a parcel still waiting for its pickup scan has
	// a category (and threshold) of its own.
	private static final Set<ShipmentStatus> NEVER_QUIET = EnumSet.of(ShipmentStatus.DELIVERED, ShipmentStatus.EXPIRED,
			ShipmentStatus.INFO_RECEIVED);

	/** What the rules look at, as stored on the shipment. */
	public record Facts(ShipmentStatus status, @Nullable ShipmentSubStatus subStatus, Instant createdAt,
			@Nullable Instant shippedAt, @Nullable Instant statusSince, @Nullable Instant lastEventAt,
			@Nullable LocalDate estimatedDelivery) {

		public static Facts of(Shipment s) {
			return new Facts(s.status(), s.subStatus(), s.createdAt(), s.shippedAt(), s.statusSince(), s.lastEventAt(),
					s.estimatedDelivery());
		}

		/** Since when nothing was heard: the last scan, else shipping, else creation. */
		Instant quietSince() {
			return lastEventAt != null ? lastEventAt : shippedAt != null ? shippedAt : createdAt;
		}

		/** Since when the carrier has had the label data without the parcel. */
		Instant waitingSince() {
			return statusSince != null ? statusSince : quietSince();
		}

	}

	/**
	 * One store's thresholds at one moment: a parcel is overdue from the instant, the
	 * promised date is over once it is before {@code today}.
	 */
	public record Thresholds(Instant noScanSince, Instant noPickupSince, LocalDate today) {

		public static Thresholds of(AttentionSettings settings, Instant now, ZoneId storeZone) {
			// "The promised date is over" is a question of the store's calendar, not
			// UTC's:
			// at 01:00 in Berlin, yesterday's promise is broken even while UTC is still
			// on it.
			return new Thresholds(now.minus(Duration.ofDays(settings.noScanDays())),
					now.minus(Duration.ofDays(settings.noPickupDays())), LocalDate.ofInstant(now, storeZone));
		}

	}

	private AttentionPolicy() {
	}

	/** The categories the shipment is in; empty when it needs no attention. */
	public static Set<AttentionCategory> categoriesOf(Facts s, Thresholds t) {
		Set<AttentionCategory> found = EnumSet.noneOf(AttentionCategory.class);
		boolean returning = s.subStatus() != null && RETURNS.contains(s.subStatus());
		if (returning) {
			found.add(AttentionCategory.RETURNED_TO_SENDER);
		}
		if (s.status() == ShipmentStatus.EXCEPTION && !returning) {
			found.add(AttentionCategory.EXCEPTION);
		}
		if (s.status() == ShipmentStatus.FAILED_ATTEMPT) {
			found.add(AttentionCategory.FAILED_ATTEMPT);
		}
		// A scan exactly N days ago counts: "no scan for 3 days" has then come true.
		if (!NEVER_QUIET.contains(s.status()) && !s.quietSince().isAfter(t.noScanSince())) {
			found.add(AttentionCategory.NO_SCAN);
		}
		if (s.status() == ShipmentStatus.INFO_RECEIVED && !s.waitingSince().isAfter(t.noPickupSince())) {
			found.add(AttentionCategory.NO_PICKUP);
		}
		if (s.status() != ShipmentStatus.DELIVERED && s.estimatedDelivery() != null
				&& s.estimatedDelivery().isBefore(t.today())) {
			found.add(AttentionCategory.PAST_PROMISED_DATE);
		}
		return found;
	}

	/**
	 * Whether a note taken at the given status and sub-status still covers the shipment.
	 * Any change of either is a new problem, so the shipment shows up again.
	 */
	public static boolean stillHandled(Facts s, ShipmentStatus handledAt, @Nullable ShipmentSubStatus handledSubAt) {
		return s.status() == handledAt && Objects.equals(s.subStatus(), handledSubAt);
	}

}
