package org.aftersale.tracking.sources;

import static org.aftersale.tracking.ShipmentStatus.DELIVERED;
import static org.aftersale.tracking.ShipmentStatus.EXCEPTION;
import static org.aftersale.tracking.ShipmentStatus.FAILED_ATTEMPT;
import static org.aftersale.tracking.ShipmentStatus.INFO_RECEIVED;
import static org.aftersale.tracking.ShipmentStatus.IN_TRANSIT;
import static org.aftersale.tracking.ShipmentStatus.OUT_FOR_DELIVERY;

import java.util.Locale;
import java.util.Map;

import org.aftersale.tracking.ShipmentSubStatus;

/**
 * UPS activity {@code status.type}. The Track API spec leaves the values undocumented;
 * the Track Alert spec's FAQ lists M/MV (manifest), X (exception), I (in progress), U
 * (update) and D (delivery information). P, O and RS appear in Track API responses.
 */
public final class UpsCodes {

	public static final Map<String, StatusMapping> TYPES = Map.of("M", StatusMapping.of(INFO_RECEIVED), "MV",
			StatusMapping.of(EXCEPTION, ShipmentSubStatus.CANCELLED), "P", StatusMapping.of(IN_TRANSIT), "I",
			StatusMapping.of(IN_TRANSIT), "U", StatusMapping.of(IN_TRANSIT), "O", StatusMapping.of(OUT_FOR_DELIVERY),
			"X", StatusMapping.of(EXCEPTION, ShipmentSubStatus.OTHER), "D", StatusMapping.of(DELIVERED), "RS",
			StatusMapping.of(EXCEPTION, ShipmentSubStatus.RETURNED_TO_SENDER));

	private UpsCodes() {
	}

	static StatusMapping map(String type, String description) {
		StatusMapping mapping = TYPES.getOrDefault(type, StatusMapping.UNRECOGNISED);
		String text = description.toUpperCase(Locale.ROOT);
		// Track Alert's FAQ: type D covers "loaded on delivery vehicle, out for delivery,
		// delivered", so the type alone would deliver a parcel still on the van.
		if (mapping.status() == DELIVERED
				&& (text.contains("OUT FOR DELIVERY") || text.contains("LOADED ON DELIVERY VEHICLE"))) {
			return StatusMapping.of(OUT_FOR_DELIVERY);
		}
		// Type X also carries failed delivery attempts ("THE RECEIVER WAS NOT AVAILABLE
		// ... A 2ND ATTEMPT WILL BE MADE"); those are not exceptions to the shopper.
		if (mapping.status() == EXCEPTION && text.contains("ATTEMPT")) {
			return StatusMapping.of(FAILED_ATTEMPT, text.contains("NOT AVAILABLE")
					? ShipmentSubStatus.RECIPIENT_NOT_AVAILABLE : ShipmentSubStatus.OTHER);
		}
		return mapping;
	}

}
