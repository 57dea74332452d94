package org.aftersale.locations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a location is: a warehouse that ships and takes parcels in, or a shop shoppers
 * walk into.
 */
public enum LocationKind {

	WAREHOUSE, STORE;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<LocationKind> fromWire(String value) {
		return Arrays.stream(values()).filter(k -> k.wireName().equals(value)).findFirst();
	}

}
