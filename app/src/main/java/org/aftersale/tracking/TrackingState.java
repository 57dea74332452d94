package org.aftersale.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a shipment's carrier events say about it, folded in event-time order. The rule:
 * <ol>
 * <li>Events count in the order they happened, never in the order they arrived. Ties at
 * the same instant are broken by status progress, then code, description and place, so
 * the same set of events always gives the same state.</li>
 * <li>Each event sets the status, sub-status and last event.</li>
 * <li>Once delivered, only a later exception or return (returned to sender, refused,
 * damaged, lost, ...) moves the shipment on. Any other later scan, such as a stale "in
 * transit" or a second "delivered", only adds to the history.</li>
 * <li>The promised date is the one of the latest event that carries one.</li>
 * </ol>
 * Because it is a fold over a sorted list, applying new events that are all later than
 * the last one to the stored state gives the same result as folding the whole history.
 */
record TrackingState(ShipmentStatus status, @Nullable ShipmentSubStatus subStatus, @Nullable Instant statusSince,
		@Nullable Instant lastEventAt, @Nullable String lastEventDescription, @Nullable Instant deliveredAt,
		@Nullable String signedBy, @Nullable LocalDate estimatedDelivery) {

	static final Comparator<CarrierEvent> EVENT_TIME = Comparator.comparing(CarrierEvent::occurredAt)
		.thenComparingInt(e -> e.status().progress())
		.thenComparing(e -> e.status().ordinal())
		.thenComparing(e -> e.code() == null ? "" : e.code())
		.thenComparing(e -> e.subStatus() == null ? -1 : e.subStatus().ordinal())
		.thenComparing(CarrierEvent::description)
		.thenComparing(e -> locationKey(e.location()));

	private static final Set<ShipmentSubStatus> RETURNS = Set.of(ShipmentSubStatus.RETURNING_TO_SENDER,
			ShipmentSubStatus.RETURNED_TO_SENDER);

	static TrackingState initial(@Nullable LocalDate promised) {
		return new TrackingState(ShipmentStatus.PENDING, null, null, null, null, null, null, promised);
	}

	TrackingState then(List<CarrierEvent> events) {
		List<CarrierEvent> sorted = new ArrayList<>(events);
		sorted.sort(EVENT_TIME);
		TrackingState state = this;
		for (CarrierEvent event : sorted) {
			state = state.then(event);
		}
		return state;
	}

	/** Whether every event happened strictly after the last one this state has seen. */
	boolean precedes(List<CarrierEvent> events) {
		return lastEventAt == null || events.stream().allMatch(e -> e.occurredAt().isAfter(lastEventAt));
	}

	private TrackingState then(CarrierEvent e) {
		LocalDate promised = e.estimatedDelivery() != null ? e.estimatedDelivery() : estimatedDelivery;
		if (status == ShipmentStatus.DELIVERED && !movesOnAfterDelivery(e)) {
			String signer = signedBy == null && e.status() == ShipmentStatus.DELIVERED ? e.signedBy() : signedBy;
			return new TrackingState(status, subStatus, statusSince, e.occurredAt(), e.description(), deliveredAt,
					signer, promised);
		}
		Instant since = e.status() == status && statusSince != null ? statusSince : e.occurredAt();
		boolean delivered = e.status() == ShipmentStatus.DELIVERED;
		return new TrackingState(e.status(), e.subStatus(), since, e.occurredAt(), e.description(),
				delivered ? e.occurredAt() : null, delivered ? e.signedBy() : null, promised);
	}

	private static boolean movesOnAfterDelivery(CarrierEvent e) {
		return e.status() == ShipmentStatus.EXCEPTION || (e.subStatus() != null && RETURNS.contains(e.subStatus()));
	}

	static String locationKey(@Nullable EventLocation location) {
		if (location == null || location.isEmpty()) {
			return "";
		}
		return String.join("|", part(location.city()), part(location.region()), part(location.postalCode()),
				part(location.country()));
	}

	private static String part(@Nullable String value) {
		return value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
