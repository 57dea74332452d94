package org.aftersale.tracking.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.jspecify.annotations.Nullable;

/**
 * Facts a carrier reports for the whole parcel rather than per scan (the promised date)
 * belong to its newest event only: older events did not carry that promise, and the
 * status derivation must not mistake an old scan for a fresh estimate.
 */
final class Snapshots {

	private Snapshots() {
	}

	static List<CarrierEvent> withEstimateOnNewest(List<CarrierEvent> events, @Nullable LocalDate estimate) {
		if (estimate == null || events.isEmpty()) {
			return events;
		}
		CarrierEvent newest = events.stream().max(Comparator.comparing(CarrierEvent::occurredAt)).orElseThrow();
		List<CarrierEvent> result = new ArrayList<>(events.size());
		for (CarrierEvent e : events) {
			result.add((e != newest) ? e
					: new CarrierEvent(e.trackingNumber(), e.carrier(), e.status(), e.subStatus(), e.code(),
							e.description(), e.occurredAt(), e.originalOffset(), e.zoneGuessed(), e.location(),
							e.signedBy(), estimate, e.source(), e.raw()));
		}
		return List.copyOf(result);
	}

}
