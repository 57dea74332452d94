package org.aftersale.kernel;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a store (tenant). Every read or write of tenant data carries one.
 */
public record StoreId(UUID value) {

	public StoreId {
		Objects.requireNonNull(value, "store id");
	}

	public static StoreId of(String value) {
		return new StoreId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
