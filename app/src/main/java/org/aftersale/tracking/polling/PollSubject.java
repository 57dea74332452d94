package org.aftersale.tracking.polling;

import java.time.Instant;
import java.time.LocalDate;

import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the scheduling policy needs to know about a shipment.
 *
 * @param lastEventAt when the newest carrier event happened; {@code null} before the
 * first
 * @param trackedSince when we started following the parcel: the silence clock starts here
 * until the first event
 * @param promisedDate the carrier's estimated delivery date, when known
 */
public record PollSubject(ShipmentStatus status, @Nullable Instant lastEventAt, Instant trackedSince,
		@Nullable LocalDate promisedDate) {

	Instant lastSignOfLife() {
		return (lastEventAt != null && lastEventAt.isAfter(trackedSince)) ? lastEventAt : trackedSince;
	}

}
