package org.aftersale.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.EventLocation;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;

/**
 * The carrier scans of a demo parcel, from the label to where its journey stops: the hubs
 * it passes through on the way to the shopper's city, a day or so apart, as a carrier's
 * feed would report them. They go through the same ingestion as real carrier events, so
 * statuses, promises, attention and the timeline follow as they would.
 */
final class DemoJourneys {

	private static final List<EventLocation> HUBS = List.of(new EventLocation("Louisville", "KY", null, "US"),
			new EventLocation("Chicago", "IL", null, "US"), new EventLocation("Memphis", "TN", null, "US"),
			new EventLocation("Dallas", "TX", null, "US"), new EventLocation("Atlanta", "GA", null, "US"));

	private final RandomGenerator random;

	DemoJourneys(RandomGenerator random) {
		this.random = random;
	}

	List<CarrierEvent> scans(DemoParcel parcel, String city, String region, Instant now) {
		List<CarrierEvent> scans = new ArrayList<>();
		Instant at = parcel.shippedAt();
		// Most carriers promise four days; an express promise of two is sometimes missed.
		LocalDate promised = at.plus(Duration.ofDays(random.nextInt(6) == 0 ? 2 : 4))
			.atZone(ZoneOffset.UTC)
			.toLocalDate();
		EventLocation home = new EventLocation(city, region, null, "US");
		EventLocation origin = new EventLocation("Reno", "NV", null, "US");
		scans.add(scan(parcel, ShipmentStatus.INFO_RECEIVED, null, "Shipping label created", at, origin, promised));
		if (parcel.journey() == DemoParcel.Journey.LABEL) {
			return before(scans, now);
		}
		at = at.plus(Duration.ofHours(6 + random.nextInt(10)));
		scans.add(scan(parcel, ShipmentStatus.IN_TRANSIT, null, "Picked up", at, origin, null));
		for (int hop = 0; hop < 2; hop++) {
			at = at.plus(Duration.ofHours(14 + random.nextInt(16)));
			scans.add(scan(parcel, ShipmentStatus.IN_TRANSIT, null, "Arrived at facility", at,
					HUBS.get(random.nextInt(HUBS.size())), null));
		}
		if (parcel.journey() == DemoParcel.Journey.IN_TRANSIT) {
			return before(scans, now);
		}
		at = at.plus(Duration.ofHours(10 + random.nextInt(8)));
		if (parcel.journey() == DemoParcel.Journey.EXCEPTION) {
			scans.add(scan(parcel, ShipmentStatus.EXCEPTION, ShipmentSubStatus.DAMAGED,
					"Package damaged in transit; the carrier is contacting the shipper", at, HUBS.get(0), null));
			return before(scans, now);
		}
		scans.add(scan(parcel, ShipmentStatus.IN_TRANSIT, null, "Arrived at delivery facility", at, home, null));
		at = at.plus(Duration.ofHours(8));
		scans.add(scan(parcel, ShipmentStatus.OUT_FOR_DELIVERY, null, "Out for delivery", at, home, null));
		if (parcel.journey() == DemoParcel.Journey.OUT_FOR_DELIVERY) {
			return before(scans, now);
		}
		at = at.plus(Duration.ofHours(3 + random.nextInt(6)));
		if (parcel.journey() == DemoParcel.Journey.FAILED_ATTEMPT) {
			scans.add(scan(parcel, ShipmentStatus.FAILED_ATTEMPT, null,
					"Delivery attempted: no one available to sign; we will try again next business day", at, home,
					null));
			return before(scans, now);
		}
		scans.add(scan(parcel, ShipmentStatus.DELIVERED, null, "Delivered, front door", at, home, null));
		return before(scans, now);
	}

	// A journey ends where its story says, before now: a recent parcel's scans come
	// closer
	// together, as an express service's would. A label not printed yet has none.
	private static List<CarrierEvent> before(List<CarrierEvent> scans, Instant now) {
		Instant start = scans.get(0).occurredAt();
		Instant end = scans.get(scans.size() - 1).occurredAt();
		Instant latest = now.minus(Duration.ofHours(1));
		if (!start.isBefore(latest)) {
			return List.of();
		}
		if (!end.isAfter(latest)) {
			return scans;
		}
		double factor = (double) Duration.between(start, latest).toSeconds()
				/ Math.max(1, Duration.between(start, end).toSeconds());
		return scans.stream().map(s -> {
			long offset = (long) (Duration.between(start, s.occurredAt()).toSeconds() * factor);
			return new CarrierEvent(s.trackingNumber(), s.carrier(), s.status(), s.subStatus(), s.code(),
					s.description(), start.plusSeconds(offset), s.originalOffset(), s.zoneGuessed(), s.location(),
					s.signedBy(), s.estimatedDelivery(), s.source(), s.raw());
		}).toList();
	}

	private static CarrierEvent scan(DemoParcel parcel, ShipmentStatus status, ShipmentSubStatus sub,
			String description, Instant at, EventLocation where, LocalDate promised) {
		return new CarrierEvent(parcel.trackingNumber(), parcel.carrier(), status, sub, null, description, at,
				ZoneOffset.UTC, false, where, null, promised, "demo", "{}");
	}

}
