package org.aftersale.tracking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingStatePropertyTests {

	@Property(tries = 300)
	void anyArrivalOrderGivesTheSameFinalState(@ForAll("histories") List<CarrierEvent> events, @ForAll long seed) {
		List<CarrierEvent> shuffled = new ArrayList<>(events);
		Collections.shuffle(shuffled, new Random(seed));

		assertThat(replay(shuffled, seed).state()).isEqualTo(replay(events, seed + 1).state())
			.isEqualTo(TrackingState.initial(null).then(events));
	}

	@Property(tries = 300)
	void duplicatesNeverChangeTheEventCount(@ForAll("histories") List<CarrierEvent> events, @ForAll long seed) {
		List<CarrierEvent> doubled = new ArrayList<>(events);
		doubled.addAll(events);
		Collections.shuffle(doubled, new Random(seed));
		Map<String, CarrierEvent> stored = new LinkedHashMap<>();

		doubled.forEach(e -> stored.putIfAbsent(key(e), e));

		assertThat(stored).hasSize((int) events.stream().map(TrackingStatePropertyTests::key).distinct().count());
	}

	// Arrives in random batches, de-duplicated by the table's unique key, as ingestion
	// sees it.
	private static Shipment replay(List<CarrierEvent> arrivals, long seed) {
		Random random = new Random(seed);
		Shipment shipment = TrackingFixtures.shipment();
		Map<String, CarrierEvent> stored = new LinkedHashMap<>();
		int i = 0;
		while (i < arrivals.size()) {
			int size = 1 + random.nextInt(3);
			List<CarrierEvent> fresh = new ArrayList<>();
			for (CarrierEvent e : arrivals.subList(i, Math.min(arrivals.size(), i + size))) {
				if (stored.putIfAbsent(key(e), e) == null) {
					fresh.add(e);
				}
			}
			i += size;
			if (!fresh.isEmpty()) {
				TrackingFixtures.follow(shipment, new ArrayList<>(stored.values()), fresh);
			}
		}
		return shipment;
	}

	private static String key(CarrierEvent e) {
		return e.occurredAt() + "|" + (e.code() == null ? e.status().name() : e.code()) + "|"
				+ TrackingState.locationKey(e.location());
	}

	@Provide
	Arbitrary<List<CarrierEvent>> histories() {
		Arbitrary<CarrierEvent> event = Combinators
			.combine(Arbitraries.integers().between(0, 40), Arbitraries.of(ShipmentStatus.class),
					Arbitraries.of(ShipmentSubStatus.class).injectNull(0.6))
			.as((hour, status, sub) -> new CarrierEvent("1Z999AA10123456784", "ups", status, sub,
					status.name() + "-" + hour + "-" + sub, status.wireName(),
					TrackingFixtures.T0.plusSeconds(3600L * hour), null, true, null, null, null, "api", "{}"));
		return event.list()
			.ofMinSize(1)
			.ofMaxSize(15)
			.map(list -> list.stream()
				.collect(java.util.stream.Collectors.toMap(TrackingStatePropertyTests::key, e -> e, (a, b) -> a,
						LinkedHashMap::new)))
			.map(map -> List.copyOf(map.values()));
	}

}
