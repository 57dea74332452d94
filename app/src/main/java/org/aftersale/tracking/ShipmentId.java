package org.aftersale.tracking;

import java.util.UUID;

/**
 * Identifies a shipment across Aftersale.
 */
public record ShipmentId(UUID value) {

	public static ShipmentId of(String value) {
		return new ShipmentId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
