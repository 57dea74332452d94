package org.aftersale.locations.web;

import java.util.List;
import java.util.Locale;

import org.aftersale.kernel.Address;
import org.aftersale.locations.LocationSubmission;
import org.jspecify.annotations.Nullable;

/**
 * A location as the API takes it; opening hours as a list of periods.
 */
record LocationRequest(@Nullable String name, @Nullable String kind, @Nullable AddressRequest address,
		@Nullable String timeZone, @Nullable List<PeriodRequest> openingHours, @Nullable Boolean acceptsReturns,
		@Nullable Boolean pickup) {

	record AddressRequest(@Nullable String line1, @Nullable String line2, @Nullable String city,
			@Nullable String region, @Nullable String postalCode, @Nullable String country) {
	}

	/** {@code day} is an English day name ("monday"), times are "HH:MM". */
	record PeriodRequest(@Nullable String day, @Nullable String opens, @Nullable String closes) {
	}

	LocationSubmission toSubmission() {
		Address parsed = address == null ? null : new Address(name == null ? "" : name, address.line1(),
				address.line2(), address.city(), address.region(), address.postalCode(), address.country());
		String hours = openingHours == null ? null
				: String.join(", ", openingHours.stream()
					.map(p -> (p == null ? "?"
							: text(p.day()).toLowerCase(Locale.ROOT) + " " + text(p.opens()) + "-" + text(p.closes())))
					.toList());
		return new LocationSubmission(name, kind, parsed, timeZone, hours, acceptsReturns, pickup);
	}

	private static String text(@Nullable String value) {
		return value == null ? "?" : value.strip();
	}

}
