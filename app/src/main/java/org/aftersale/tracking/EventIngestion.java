package org.aftersale.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.aftersale.kernel.StoreId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of carrier events of one store: groups them by tracking number, locks
 * and loads the matching shipments in a few queries, inserts the events in one batch
 * (duplicates fall out on the unique key), re-derives each touched shipment and saves
 * only those whose state changed.
 */
@Component
public class EventIngestion {

	private final Shipments shipments;

	private final TrackingEvents events;

	private final ShipmentStates states;

	private final Clock clock;

	EventIngestion(Shipments shipments, TrackingEvents events, ShipmentStates states, Clock clock) {
		this.shipments = shipments;
		this.events = events;
		this.states = states;
		this.clock = clock;
	}

	/**
	 * Applies carrier events (at most a few tens of thousands per call) to the store's
	 * shipments. Unknown tracking numbers are reported, not errors; a repeated event is a
	 * duplicate.
	 */
	@Transactional
	public IngestionResult record(StoreId storeId, List<CarrierEvent> batch) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Set<String> unknown = new LinkedHashSet<>();
		Map<String, List<Shipment>> byNumber = load(storeId, batch);
		List<TrackingEvents.Row> rows = new ArrayList<>();
		List<Integer> rowEvent = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			CarrierEvent event = batch.get(i);
			List<Shipment> targets = byNumber.getOrDefault(TrackingNumber.normalize(event.trackingNumber()), List.of())
				.stream()
				.filter(s -> event.carrier() == null || s.carrier() == null || s.carrier().equals(event.carrier()))
				.toList();
			if (targets.isEmpty()) {
				unknown.add(event.trackingNumber().strip());
			}
			for (Shipment target : targets) {
				rows.add(new TrackingEvents.Row(target.id().value(), event));
				rowEvent.add(i);
			}
		}
		boolean[] stored = rows.isEmpty() ? new boolean[0] : events.insert(storeId, rows, now);
		Set<Integer> acceptedEvents = new java.util.HashSet<>();
		Set<Integer> matchedEvents = new java.util.HashSet<>(rowEvent);
		Map<UUID, List<CarrierEvent>> fresh = new LinkedHashMap<>();
		for (int r = 0; r < rows.size(); r++) {
			if (stored[r]) {
				acceptedEvents.add(rowEvent.get(r));
				fresh.computeIfAbsent(rows.get(r).shipmentId(), k -> new ArrayList<>()).add(rows.get(r).event());
			}
		}
		states.save(follow(byNumber, fresh, now));
		return new IngestionResult(acceptedEvents.size(), matchedEvents.size() - acceptedEvents.size(),
				List.copyOf(unknown));
	}

	private Map<String, List<Shipment>> load(StoreId storeId, List<CarrierEvent> batch) {
		return shipments.lockByNumber(storeId,
				batch.stream()
					.map(e -> TrackingNumber.normalize(e.trackingNumber()))
					.filter(n -> !n.isEmpty())
					.distinct()
					.toList());
	}

	// Events later than everything a shipment has seen extend its stored state; an
	// older one can change what followed it, so that shipment is re-derived from its
	// whole history (one query for all of them).
	private List<Shipment> follow(Map<String, List<Shipment>> byNumber, Map<UUID, List<CarrierEvent>> fresh,
			Instant now) {
		Map<UUID, Shipment> touched = new HashMap<>();
		byNumber.values().forEach(list -> list.forEach(s -> touched.put(s.id().value(), s)));
		List<UUID> late = fresh.entrySet()
			.stream()
			.filter(e -> !touched.get(e.getKey()).isAfterLatest(e.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		Map<UUID, List<CarrierEvent>> histories = late.isEmpty() ? Map.of() : events.histories(late);
		List<Shipment> changed = new ArrayList<>();
		fresh.forEach((id, newEvents) -> {
			boolean whole = histories.containsKey(id);
			if (touched.get(id).follow(whole ? histories.get(id) : newEvents, whole, now)) {
				changed.add(touched.get(id));
			}
		});
		return changed;
	}

}
