package org.aftersale.locations.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.aftersale.kernel.Address;
import org.aftersale.locations.Location;
import org.jspecify.annotations.Nullable;

/**
 * A location as the API shows it.
 */
record LocationJson(UUID id, String name, String kind, AddressJson address, String timeZone,
		List<PeriodJson> openingHours, boolean acceptsReturns, boolean pickup, Instant createdAt, Instant updatedAt) {

	record AddressJson(String line1, @Nullable String line2, String city, @Nullable String region, String postalCode,
			String country) {
	}

	record PeriodJson(String day, String opens, String closes) {
	}

	static LocationJson of(Location l) {
		Address a = l.address();
		return new LocationJson(l.id().value(), l.name(), l.kind().wireName(),
				new AddressJson(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country()),
				l.timeZone().getId(),
				l.openingHours()
					.periods()
					.stream()
					.map(p -> new PeriodJson(p.day().name().toLowerCase(Locale.ROOT), p.opens().toString(),
							p.closes().toString()))
					.toList(),
				l.acceptsReturns(), l.pickup(), l.createdAt(), l.updatedAt());
	}

}
