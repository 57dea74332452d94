package org.aftersale.tracking.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.EventIngestion;
import org.aftersale.tracking.polling.PollSchedules.Claim;
import org.aftersale.tracking.polling.PollSchedules.Next;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What happens after a carrier call: events go to the shipments core, and each claimed
 * shipment gets its next poll time from {@link PollPolicy}, is stopped, or is expired.
 * The shipments core has no expire transition, so expiry is recorded as an
 * {@code expired} event with source {@code aftersale}, like any other status change.
 */
@Component
class PollOutcomes {

	static final String SOURCE = "aftersale";

	private final EventIngestion ingestion;

	private final PollSchedules schedules;

	private final Clock clock;

	PollOutcomes(EventIngestion ingestion, PollSchedules schedules, Clock clock) {
		this.ingestion = ingestion;
		this.schedules = schedules;
		this.clock = clock;
	}

	void polled(StoreId storeId, List<Claim> batch, List<CarrierEvent> events) {
		if (!events.isEmpty()) {
			ingestion.record(storeId, events);
		}
		decide(storeId, batch, null, null);
	}

	void failed(StoreId storeId, List<Claim> batch, String error, @Nullable Duration retryAfter) {
		decide(storeId, batch, error, retryAfter);
	}

	// A failing shipment still expires after 30 silent days: a number a carrier rejects
	// for ever (a typo) would otherwise be polled every 6 h indefinitely.
	private void decide(StoreId storeId, List<Claim> batch, @Nullable String error, @Nullable Duration retryAfter) {
		Instant now = clock.instant();
		Map<java.util.UUID, PollSubject> subjects = schedules.subjects(storeId,
				batch.stream().map(Claim::shipmentId).toList());
		List<Next> next = new ArrayList<>();
		List<CarrierEvent> expired = new ArrayList<>();
		for (Claim claim : batch) {
			PollSubject subject = subjects.get(claim.shipmentId());
			PollDecision decision = (subject != null) ? PollPolicy.next(subject, now, ThreadLocalRandom.current())
					: new PollDecision.Stop();
			if (decision instanceof PollDecision.Expire expire) {
				expired.add(expiry(claim, expire.silentSince(), now));
				next.add(new Next(claim.shipmentId(), null, 0, null));
			}
			else if (decision instanceof PollDecision.PollAt at) {
				next.add((error == null) ? new Next(claim.shipmentId(), at.at(), 0, null)
						: new Next(claim.shipmentId(),
								PollPolicy.backoff(claim.failures() + 1, retryAfter, now, ThreadLocalRandom.current()),
								claim.failures() + 1, error));
			}
			else {
				next.add(new Next(claim.shipmentId(), null, 0, error));
			}
		}
		if (!expired.isEmpty()) {
			ingestion.record(storeId, expired);
		}
		schedules.reschedule(next, now);
	}

	private static CarrierEvent expiry(Claim claim, Instant silentSince, Instant now) {
		return new CarrierEvent(claim.trackingNumber(), claim.carrier(), ShipmentStatus.EXPIRED, null, "expired",
				"No news from the carrier for " + PollPolicy.SILENCE_LIMIT.toDays() + " days; no longer followed",
				now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC, false, null, null, null, SOURCE,
				"{\"reason\":\"silence\",\"silentSince\":\"" + silentSince + "\"}");
	}

}
