package org.aftersale.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a product is on sale in its shop.
 */
public enum ProductStatus {

	/** On sale. */
	ACTIVE,
	/** Being prepared; not on sale yet. */
	DRAFT,
	/** No longer sold, kept for past orders. */
	ARCHIVED;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status named by a shop, case-insensitively; empty when it names none. */
	public static Optional<ProductStatus> parse(String value) {
		for (ProductStatus status : values()) {
			if (status.name().equalsIgnoreCase(value.strip())) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
