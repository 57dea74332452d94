package org.aftersale.locations.web;

import org.aftersale.kernel.Address;
import org.aftersale.locations.Location;
import org.aftersale.locations.LocationSubmission;

/**
 * The admin page's form of a location: what the merchant typed, shown back as typed when
 * something is wrong.
 */
record LocationForm(String name, String kind, String line1, String line2, String city, String region, String postalCode,
		String country, String timeZone, String openingHours, boolean acceptsReturns, boolean pickup) {

	static LocationForm blank() {
		return new LocationForm("", "warehouse", "", "", "", "", "", "", "",
				"mon 09:00-17:00, tue 09:00-17:00, " + "wed 09:00-17:00, thu 09:00-17:00, fri 09:00-17:00", true,
				false);
	}

	static LocationForm of(Location location) {
		Address a = location.address();
		return new LocationForm(location.name(), location.kind().wireName(), a.line1(), orEmpty(a.line2()), a.city(),
				orEmpty(a.region()), a.postalCode(), a.country(), location.timeZone().getId(),
				location.openingHours().toString(), location.acceptsReturns(), location.pickup());
	}

	LocationSubmission toSubmission() {
		return new LocationSubmission(name, kind,
				new Address(name, line1, line2, city, region, postalCode, country.strip()), timeZone, openingHours,
				acceptsReturns, pickup);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
