package org.aftersale.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.aftersale.kernel.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.aftersale.tracking.AttentionCategory.EXCEPTION;
import static org.aftersale.tracking.AttentionCategory.FAILED_ATTEMPT;
import static org.aftersale.tracking.AttentionCategory.NO_PICKUP;
import static org.aftersale.tracking.AttentionCategory.NO_SCAN;
import static org.aftersale.tracking.AttentionCategory.PAST_PROMISED_DATE;
import static org.aftersale.tracking.AttentionCategory.RETURNED_TO_SENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttentionPolicyTests {

	static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	static final AttentionPolicy.Thresholds DEFAULTS = AttentionPolicy.Thresholds.of(new AttentionSettings(3, 2), NOW,
			ZoneOffset.UTC);

	@Test
	void putsAnExceptionUnderExceptionsWithItsReason() {
		var facts = facts(ShipmentStatus.EXCEPTION, ShipmentSubStatus.CUSTOMS_HOLD, NOW.minusSeconds(3600), null);

		assertThat(AttentionPolicy.categoriesOf(facts, DEFAULTS)).containsExactly(EXCEPTION);
	}

	@Test
	void putsAFailedAttemptUnderFailedAttempts() {
		var facts = facts(ShipmentStatus.FAILED_ATTEMPT, ShipmentSubStatus.RECIPIENT_NOT_AVAILABLE, NOW, null);

		assertThat(AttentionPolicy.categoriesOf(facts, DEFAULTS)).containsExactly(FAILED_ATTEMPT);
	}

	@Test
	void putsReturnsUnderReturnedToSenderAndNotUnderExceptions() {
		var returning = facts(ShipmentStatus.EXCEPTION, ShipmentSubStatus.RETURNING_TO_SENDER, NOW, null);
		var returned = facts(ShipmentStatus.DELIVERED, ShipmentSubStatus.RETURNED_TO_SENDER, NOW, null);

		assertThat(AttentionPolicy.categoriesOf(returning, DEFAULTS)).containsExactly(RETURNED_TO_SENDER);
		assertThat(AttentionPolicy.categoriesOf(returned, DEFAULTS)).containsExactly(RETURNED_TO_SENDER);
	}

	@Test
	void reportsNoScanFromExactlyNDaysOfSilence() {
		Instant exactly = NOW.minus(Duration.ofDays(3));

		assertThat(AttentionPolicy.categoriesOf(facts(ShipmentStatus.IN_TRANSIT, null, exactly, null), DEFAULTS))
			.containsExactly(NO_SCAN);
		assertThat(AttentionPolicy.categoriesOf(facts(ShipmentStatus.IN_TRANSIT, null, exactly.plusSeconds(1), null),
				DEFAULTS))
			.isEmpty();
	}

	@Test
	void neverReportsNoScanForDeliveredOrExpiredShipments() {
		Instant longAgo = NOW.minus(Duration.ofDays(40));

		assertThat(AttentionPolicy.categoriesOf(facts(ShipmentStatus.DELIVERED, null, longAgo, null), DEFAULTS))
			.isEmpty();
		assertThat(AttentionPolicy.categoriesOf(facts(ShipmentStatus.EXPIRED, null, longAgo, null), DEFAULTS))
			.isEmpty();
	}

	@Test
	void countsAShipmentNeverScannedAsSilentSinceItWasCreated() {
		var pending = new AttentionPolicy.Facts(ShipmentStatus.PENDING, null, NOW.minus(Duration.ofDays(4)), null, null,
				null, null);

		assertThat(AttentionPolicy.categoriesOf(pending, DEFAULTS)).containsExactly(NO_SCAN);
	}

	@Test
	void reportsNoPickupFromExactlyNDaysInInfoReceivedOnly() {
		Instant exactly = NOW.minus(Duration.ofDays(2));

		assertThat(AttentionPolicy.categoriesOf(facts(ShipmentStatus.INFO_RECEIVED, null, exactly, null), DEFAULTS))
			.containsExactly(NO_PICKUP);
		assertThat(AttentionPolicy.categoriesOf(facts(ShipmentStatus.INFO_RECEIVED, null, exactly.plusSeconds(1), null),
				DEFAULTS))
			.isEmpty();
		// Long silence in info received is the pickup problem, not a second "no scan"
		// row.
		assertThat(AttentionPolicy
			.categoriesOf(facts(ShipmentStatus.INFO_RECEIVED, null, NOW.minus(Duration.ofDays(10)), null), DEFAULTS))
			.containsExactly(NO_PICKUP);
	}

	@Test
	void usesTheStoresThresholds() {
		var thresholds = AttentionPolicy.Thresholds.of(new AttentionSettings(7, 5), NOW, ZoneOffset.UTC);

		assertThat(AttentionPolicy
			.categoriesOf(facts(ShipmentStatus.IN_TRANSIT, null, NOW.minus(Duration.ofDays(6)), null), thresholds))
			.isEmpty();
		assertThat(AttentionPolicy
			.categoriesOf(facts(ShipmentStatus.INFO_RECEIVED, null, NOW.minus(Duration.ofDays(5)), null), thresholds))
			.containsExactly(NO_PICKUP);
	}

	@Test
	void reportsAPromiseBrokenOnlyOnceThePromisedDayIsOverInTheStoresZone() {
		// 23:30 UTC on 9 March is already 10 March in Berlin but still 9 March in New
		// York.
		Instant lateEvening = Instant.parse("2026-03-09T23:30:00Z");
		LocalDate promised = LocalDate.parse("2026-03-09");
		var facts = facts(ShipmentStatus.IN_TRANSIT, null, lateEvening, promised);
		var berlin = AttentionPolicy.Thresholds.of(new AttentionSettings(3, 2), lateEvening,
				ZoneId.of("Europe/Berlin"));
		var newYork = AttentionPolicy.Thresholds.of(new AttentionSettings(3, 2), lateEvening,
				ZoneId.of("America/New_York"));

		assertThat(AttentionPolicy.categoriesOf(facts, berlin)).containsExactly(PAST_PROMISED_DATE);
		assertThat(AttentionPolicy.categoriesOf(facts, newYork)).isEmpty();
	}

	@Test
	void neverReportsADeliveredShipmentAsPastItsPromise() {
		var delivered = facts(ShipmentStatus.DELIVERED, null, NOW, LocalDate.parse("2026-03-01"));

		assertThat(AttentionPolicy.categoriesOf(delivered, DEFAULTS)).isEmpty();
	}

	@Test
	void putsOneShipmentInEveryCategoryItMeets() {
		var facts = facts(ShipmentStatus.EXCEPTION, ShipmentSubStatus.LOST, NOW.minus(Duration.ofDays(5)),
				LocalDate.parse("2026-03-05"));

		assertThat(AttentionPolicy.categoriesOf(facts, DEFAULTS)).containsExactly(EXCEPTION, NO_SCAN,
				PAST_PROMISED_DATE);
	}

	@Test
	void keepsAHandledRowHiddenUntilStatusOrSubStatusChanges() {
		var handledAt = facts(ShipmentStatus.EXCEPTION, ShipmentSubStatus.CUSTOMS_HOLD, NOW, null);

		assertThat(AttentionPolicy.stillHandled(handledAt, ShipmentStatus.EXCEPTION, ShipmentSubStatus.CUSTOMS_HOLD))
			.isTrue();
		assertThat(AttentionPolicy.stillHandled(facts(ShipmentStatus.EXCEPTION, ShipmentSubStatus.LOST, NOW, null),
				ShipmentStatus.EXCEPTION, ShipmentSubStatus.CUSTOMS_HOLD))
			.isFalse();
		assertThat(AttentionPolicy.stillHandled(facts(ShipmentStatus.FAILED_ATTEMPT, null, NOW, null),
				ShipmentStatus.EXCEPTION, ShipmentSubStatus.CUSTOMS_HOLD))
			.isFalse();
		assertThat(AttentionPolicy.stillHandled(facts(ShipmentStatus.IN_TRANSIT, null, NOW, null),
				ShipmentStatus.IN_TRANSIT, null))
			.isTrue();
	}

	@Test
	void refusesThresholdsOutsideOneToSixtyDays() {
		assertThatThrownBy(() -> new AttentionSettings(0, 2)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new AttentionSettings(3, 61)).isInstanceOf(InvalidInputException.class);
	}

	private static AttentionPolicy.Facts facts(ShipmentStatus status, @Nullable ShipmentSubStatus sub,
			Instant lastEvent, @Nullable LocalDate promised) {
		return new AttentionPolicy.Facts(status, sub, lastEvent.minus(Duration.ofDays(1)), null, lastEvent, lastEvent,
				promised);
	}

}
