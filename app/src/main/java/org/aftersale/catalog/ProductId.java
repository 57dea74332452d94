package org.aftersale.catalog;

import java.util.UUID;

/**
 * Identifies a product across Aftersale.
 */
public record ProductId(UUID value) {

	public static ProductId of(String value) {
		return new ProductId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
