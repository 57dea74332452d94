package org.aftersale.tracking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a shipment is in its status, where the source says: the reason behind an exception
 * or a failed attempt, or how a parcel was delivered.
 */
public enum ShipmentSubStatus {

	CUSTOMS_HOLD, ADDRESS_PROBLEM, REFUSED, DAMAGED, LOST, RETURNING_TO_SENDER, RETURNED_TO_SENDER, HELD_FOR_PAYMENT,
	WEATHER_DELAY, MISSED_PICKUP, DELAYED, RECIPIENT_NOT_AVAILABLE, BUSINESS_CLOSED, HELD_AT_FACILITY, CANCELLED,
	DELIVERED_TO_NEIGHBOUR, DELIVERED_TO_PARCEL_LOCKER, DELIVERED_TO_PICKUP_POINT, DELIVERED_SIGNED,
	DELIVERED_TO_MAILBOX, OTHER;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ShipmentSubStatus> fromWireName(String value) {
		return Arrays.stream(values())
			.filter(s -> s.wireName().equals(value.strip().toLowerCase(Locale.ROOT)))
			.findFirst();
	}

}
