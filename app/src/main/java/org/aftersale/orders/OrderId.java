package org.aftersale.orders;

import java.util.UUID;

/**
 * Identifies an order across Aftersale.
 */
public record OrderId(UUID value) {

	public static OrderId of(String value) {
		return new OrderId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
