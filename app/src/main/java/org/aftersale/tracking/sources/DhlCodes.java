package org.aftersale.tracking.sources;

import static org.aftersale.tracking.ShipmentStatus.DELIVERED;
import static org.aftersale.tracking.ShipmentStatus.EXCEPTION;
import static org.aftersale.tracking.ShipmentStatus.INFO_RECEIVED;
import static org.aftersale.tracking.ShipmentStatus.IN_TRANSIT;

import java.util.Map;

import org.aftersale.tracking.ShipmentSubStatus;

/**
 * DHL Unified Shipment Tracking's {@code statusCode}, a closed list of five. The
 * free-text {@code status} next to it is not used for mapping: it is localized and, as
 * DHL's own sample shows ({@code statusCode "pre-transit"}, {@code status "DELIVERED"}),
 * need not agree with the code.
 */
public final class DhlCodes {

	public static final Map<String, StatusMapping> STATUS_CODES = Map.of("pre-transit", StatusMapping.of(INFO_RECEIVED),
			"transit", StatusMapping.of(IN_TRANSIT), "delivered", StatusMapping.of(DELIVERED), "failure",
			StatusMapping.of(EXCEPTION, ShipmentSubStatus.OTHER), "unknown", StatusMapping.UNRECOGNISED);

	private DhlCodes() {
	}

	static StatusMapping map(String statusCode) {
		return STATUS_CODES.getOrDefault(statusCode, StatusMapping.UNRECOGNISED);
	}

}
