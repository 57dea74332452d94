package org.aftersale.customers;

import java.util.UUID;

/**
 * Identifies a customer across Aftersale.
 */
public record CustomerId(UUID value) {

	public static CustomerId of(String value) {
		return new CustomerId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
