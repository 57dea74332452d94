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
import java.util.Map;

import org.aftersale.tracking.ShipmentSubStatus;

/**
 * FedEx Track API scan {@code eventType} and {@code derivedStatusCode} values. The
 * OpenAPI spec gives no enum, only "Example: PU,DE,DP,HL,OC"; the rest are FedEx's
 * published tracking event codes.
 */
public final class FedexCodes {

	/** Scans that only say the parcel moved through the network. */
	private static final List<String> MOVEMENT = List.of("AA", "AC", "AF", "AO", "AR", "AX", "CC", "CH", "CP", "DP",
			"DR", "DS", "EA", "ED", "EO", "FD", "IT", "IX", "LO", "OF", "OX", "PF", "PL", "PM", "PU", "PX", "RC", "RM",
			"RR", "SF", "SP", "TR");

	public static final Map<String, StatusMapping> EVENTS = events();

	/** {@code exceptionCode} reasons on DE/SE scans that we can name. */
	public static final Map<String, ShipmentSubStatus> EXCEPTIONS = Map.of("03", ShipmentSubStatus.ADDRESS_PROBLEM,
			"07", ShipmentSubStatus.REFUSED, "08", ShipmentSubStatus.RECIPIENT_NOT_AVAILABLE, "15",
			ShipmentSubStatus.RECIPIENT_NOT_AVAILABLE);

	private FedexCodes() {
	}

	private static Map<String, StatusMapping> events() {
		Map<String, StatusMapping> map = new HashMap<>();
		MOVEMENT.forEach(code -> map.put(code, StatusMapping.of(IN_TRANSIT)));
		map.put("OC", StatusMapping.of(INFO_RECEIVED));
		map.put("EP", StatusMapping.of(INFO_RECEIVED));
		map.put("AP", StatusMapping.of(INFO_RECEIVED));
		map.put("OD", StatusMapping.of(OUT_FOR_DELIVERY));
		map.put("AD", StatusMapping.of(OUT_FOR_DELIVERY));
		map.put("DL", StatusMapping.of(DELIVERED));
		map.put("HL", StatusMapping.of(AVAILABLE_FOR_PICKUP));
		map.put("HP", StatusMapping.of(AVAILABLE_FOR_PICKUP));
		// DE is FedEx's "Delivery exception": the courier tried and could not hand it
		// over. The exceptionCode says why; without one it is still an attempt.
		map.put("DE", StatusMapping.of(FAILED_ATTEMPT, ShipmentSubStatus.OTHER));
		map.put("SE", StatusMapping.of(EXCEPTION, ShipmentSubStatus.OTHER));
		map.put("CD", StatusMapping.of(EXCEPTION, ShipmentSubStatus.CUSTOMS_HOLD));
		map.put("DD", StatusMapping.of(IN_TRANSIT, ShipmentSubStatus.DELAYED));
		map.put("DY", StatusMapping.of(IN_TRANSIT, ShipmentSubStatus.DELAYED));
		map.put("PD", StatusMapping.of(IN_TRANSIT, ShipmentSubStatus.DELAYED));
		map.put("CA", StatusMapping.of(EXCEPTION, ShipmentSubStatus.CANCELLED));
		map.put("RS", StatusMapping.of(EXCEPTION, ShipmentSubStatus.RETURNING_TO_SENDER));
		return Map.copyOf(map);
	}

	/**
	 * The scan's own type first (more specific), then FedEx's derived status, then our
	 * rule for unknown codes. A reason from the exception code replaces a generic one; a
	 * weather delay is named when nothing more specific was.
	 */
	static StatusMapping map(String eventType, String derivedStatus, String exceptionCode, String delayType) {
		StatusMapping mapping = EVENTS.getOrDefault(eventType,
				EVENTS.getOrDefault(derivedStatus, StatusMapping.UNRECOGNISED));
		ShipmentSubStatus reason = EXCEPTIONS.get(exceptionCode);
		if (reason != null && mapping.subStatus() == ShipmentSubStatus.OTHER
				&& (mapping.status() == EXCEPTION || mapping.status() == FAILED_ATTEMPT)) {
			mapping = StatusMapping.of(mapping.status(), reason);
		}
		return mapping.withSubStatusIfAbsent("WEATHER".equals(delayType) ? ShipmentSubStatus.WEATHER_DELAY : null);
	}

}
