package org.aftersale.tracking;

import org.jspecify.annotations.Nullable;

/**
 * Where a carrier scan happened, as precisely as the source says. {@code country} is ISO
 * 3166-1 alpha-2 when known.
 */
public record EventLocation(@Nullable String city, @Nullable String region, @Nullable String postalCode,
		@Nullable String country) {

	public boolean isEmpty() {
		return city == null && region == null && postalCode == null && country == null;
	}

}
