package org.aftersale.tracking;

import java.time.Instant;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Carrier events and shipments for tracking tests.
 */
final class TrackingFixtures {

	static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

	private TrackingFixtures() {
	}

	static CarrierEvent event(int hour, ShipmentStatus status) {
		return event(hour, status, null, status.wireName());
	}

	static CarrierEvent event(int hour, ShipmentStatus status, @Nullable ShipmentSubStatus sub, String description) {
		return new CarrierEvent("1Z999AA10123456784", "ups", status, sub, status.name() + "-" + hour, description,
				T0.plusSeconds(3600L * hour), ZoneOffset.ofHours(1), false,
				new EventLocation("Lyon", null, "69001", "FR"), null, null, "api", "{}");
	}

	static Shipment shipment() {
		return new Shipment(java.util.UUID.randomUUID(), 0, java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
				null, "ups", null, "1Z999AA10123456784", "1Z999AA10123456784", null, null, null, ShipmentStatus.PENDING,
				null, null, null, null, null, null, null, ShipmentDirection.OUTBOUND, T0, T0, java.util.List.of());
	}

	/**
	 * Follows events the way ingestion does: new events on top of the stored state when
	 * they are all later, otherwise the whole history again.
	 */
	static boolean follow(Shipment shipment, java.util.List<CarrierEvent> history, java.util.List<CarrierEvent> fresh) {
		boolean whole = !shipment.isAfterLatest(fresh);
		return shipment.follow(whole ? history : fresh, whole, T0);
	}

}
