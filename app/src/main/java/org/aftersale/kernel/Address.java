package org.aftersale.kernel;

import org.jspecify.annotations.Nullable;

/**
 * A postal address as the shop captured it. {@code country} is an ISO 3166-1 alpha-2
 * code.
 */
public record Address(String name, String line1, @Nullable String line2, String city, @Nullable String region,
		String postalCode, String country) {

}
