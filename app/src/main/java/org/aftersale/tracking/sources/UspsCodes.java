package org.aftersale.tracking.sources;

import static org.aftersale.tracking.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static org.aftersale.tracking.ShipmentStatus.DELIVERED;
import static org.aftersale.tracking.ShipmentStatus.EXCEPTION;
import static org.aftersale.tracking.ShipmentStatus.FAILED_ATTEMPT;
import static org.aftersale.tracking.ShipmentStatus.INFO_RECEIVED;
import static org.aftersale.tracking.ShipmentStatus.IN_TRANSIT;
import static org.aftersale.tracking.ShipmentStatus.OUT_FOR_DELIVERY;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aftersale.tracking.ShipmentSubStatus;

/**
 * USPS scan {@code eventCode}s (Pub 199, Appendix G-4, which the v3 spec points to
 * instead of listing them).
 */
public final class UspsCodes {

	private static final List<String> MOVEMENT = List.of("03", "06", "07", "10", "A1", "L1", "OA", "PC", "SF", "T1",
			"TL", "U1");

	private static final List<String> ADDRESS_PROBLEMS = List.of("05", "21", "22", "23", "24", "25", "26");

	public static final Map<String, StatusMapping> EVENTS = events();

	private UspsCodes() {
	}

	private static Map<String, StatusMapping> events() {
		Map<String, StatusMapping> map = new HashMap<>();
		MOVEMENT.forEach(code -> map.put(code, StatusMapping.of(IN_TRANSIT)));
		ADDRESS_PROBLEMS.forEach(code -> map.put(code, StatusMapping.of(EXCEPTION, ShipmentSubStatus.ADDRESS_PROBLEM)));
		map.put("GX", StatusMapping.of(INFO_RECEIVED));
		map.put("MA", StatusMapping.of(INFO_RECEIVED));
		map.put("OF", StatusMapping.of(OUT_FOR_DELIVERY));
		map.put("01", StatusMapping.of(DELIVERED));
		map.put("17", StatusMapping.of(DELIVERED, ShipmentSubStatus.DELIVERED_TO_PICKUP_POINT));
		map.put("43", StatusMapping.of(DELIVERED, ShipmentSubStatus.DELIVERED_TO_PICKUP_POINT));
		map.put("02", StatusMapping.of(FAILED_ATTEMPT, ShipmentSubStatus.RECIPIENT_NOT_AVAILABLE));
		map.put("52", StatusMapping.of(FAILED_ATTEMPT, ShipmentSubStatus.RECIPIENT_NOT_AVAILABLE));
		map.put("51", StatusMapping.of(FAILED_ATTEMPT, ShipmentSubStatus.BUSINESS_CLOSED));
		map.put("30", StatusMapping.of(FAILED_ATTEMPT, ShipmentSubStatus.OTHER));
		map.put("53", StatusMapping.of(FAILED_ATTEMPT, ShipmentSubStatus.OTHER));
		map.put("55", StatusMapping.of(FAILED_ATTEMPT, ShipmentSubStatus.OTHER));
		map.put("56", StatusMapping.of(FAILED_ATTEMPT, ShipmentSubStatus.WEATHER_DELAY));
		map.put("14", StatusMapping.of(AVAILABLE_FOR_PICKUP));
		map.put("16", StatusMapping.of(AVAILABLE_FOR_PICKUP));
		map.put("04", StatusMapping.of(EXCEPTION, ShipmentSubStatus.REFUSED));
		map.put("08", StatusMapping.of(IN_TRANSIT, ShipmentSubStatus.DELAYED));
		map.put("09", StatusMapping.of(EXCEPTION, ShipmentSubStatus.RETURNING_TO_SENDER));
		map.put("27", StatusMapping.of(EXCEPTION, ShipmentSubStatus.RETURNING_TO_SENDER));
		map.put("29", StatusMapping.of(EXCEPTION, ShipmentSubStatus.RETURNING_TO_SENDER));
		map.put("11", StatusMapping.of(EXCEPTION, ShipmentSubStatus.LOST));
		map.put("44", StatusMapping.of(EXCEPTION, ShipmentSubStatus.CANCELLED));
		return Map.copyOf(map);
	}

	/**
	 * Code 01 is every kind of delivery; only the event text says where it was left
	 * ("Delivered, Parcel Locker", "Delivered, In/At Mailbox", ...).
	 */
	static StatusMapping map(String eventCode, String eventType) {
		StatusMapping mapping = EVENTS.getOrDefault(eventCode, StatusMapping.UNRECOGNISED);
		if (!"01".equals(eventCode)) {
			return mapping;
		}
		String text = eventType.toLowerCase(Locale.ROOT);
		if (text.contains("parcel locker")) {
			return StatusMapping.of(DELIVERED, ShipmentSubStatus.DELIVERED_TO_PARCEL_LOCKER);
		}
		if (text.contains("mailbox")) {
			return StatusMapping.of(DELIVERED, ShipmentSubStatus.DELIVERED_TO_MAILBOX);
		}
		if (text.contains("post office")) {
			return StatusMapping.of(DELIVERED, ShipmentSubStatus.DELIVERED_TO_PICKUP_POINT);
		}
		return mapping;
	}

}
