package org.aftersale.tracking.sources;

import static org.aftersale.tracking.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static org.aftersale.tracking.ShipmentStatus.DELIVERED;
import static org.aftersale.tracking.ShipmentStatus.EXCEPTION;
import static org.aftersale.tracking.ShipmentStatus.INFO_RECEIVED;
import static org.aftersale.tracking.ShipmentStatus.IN_TRANSIT;
import static org.aftersale.tracking.ShipmentStatus.OUT_FOR_DELIVERY;

import java.util.Map;
import java.util.Optional;

import org.aftersale.tracking.ShipmentSubStatus;

/**
 * EasyPost's tracker vocabulary: {@code status} gives our status, {@code status_detail}
 * adds the reason. EasyPost's documented status list is closed; its status_detail list
 * grows, so details we do not list add no reason rather than override the status.
 */
public final class EasyPostCodes {

	/** EasyPost's documented {@code status} values. */
	public static final Map<String, StatusMapping> STATUSES = Map.of("pre_transit", StatusMapping.of(INFO_RECEIVED),
			"in_transit", StatusMapping.of(IN_TRANSIT), "out_for_delivery", StatusMapping.of(OUT_FOR_DELIVERY),
			"delivered", StatusMapping.of(DELIVERED), "available_for_pickup", StatusMapping.of(AVAILABLE_FOR_PICKUP),
			"return_to_sender", StatusMapping.of(EXCEPTION, ShipmentSubStatus.RETURNING_TO_SENDER), "failure",
			StatusMapping.of(EXCEPTION, ShipmentSubStatus.OTHER), "cancelled",
			StatusMapping.of(EXCEPTION, ShipmentSubStatus.CANCELLED), "error",
			StatusMapping.of(EXCEPTION, ShipmentSubStatus.OTHER),
			// EasyPost's "unknown" says nothing about progress; our rule for codes nobody
			// understood applies.
			"unknown", StatusMapping.UNRECOGNISED);

	/**
	 * The reason a {@code status_detail} carries; {@code Optional.empty()} for details
	 * that only describe normal movement (arrived_at_facility, label_created, ...).
	 */
	public static final Map<String, Optional<ShipmentSubStatus>> DETAILS = Map.ofEntries(
			Map.entry("address_correction", Optional.of(ShipmentSubStatus.ADDRESS_PROBLEM)),
			Map.entry("arrived_at_destination", Optional.empty()), Map.entry("arrived_at_facility", Optional.empty()),
			Map.entry("arrived_at_pickup_location", Optional.empty()),
			Map.entry("awaiting_information", Optional.empty()),
			Map.entry("cancelled", Optional.of(ShipmentSubStatus.CANCELLED)),
			Map.entry("damaged", Optional.of(ShipmentSubStatus.DAMAGED)),
			Map.entry("delayed", Optional.of(ShipmentSubStatus.DELAYED)),
			Map.entry("delivery_exception", Optional.of(ShipmentSubStatus.OTHER)),
			Map.entry("departed_facility", Optional.empty()), Map.entry("departed_origin_facility", Optional.empty()),
			Map.entry("expired", Optional.empty()), Map.entry("failure", Optional.empty()),
			Map.entry("held", Optional.of(ShipmentSubStatus.HELD_AT_FACILITY)),
			Map.entry("in_transit", Optional.empty()), Map.entry("label_created", Optional.empty()),
			Map.entry("lost", Optional.of(ShipmentSubStatus.LOST)),
			Map.entry("missorted", Optional.of(ShipmentSubStatus.DELAYED)),
			Map.entry("out_for_delivery", Optional.empty()),
			Map.entry("received_at_destination_facility", Optional.empty()),
			Map.entry("received_at_origin_facility", Optional.empty()),
			Map.entry("refused", Optional.of(ShipmentSubStatus.REFUSED)),
			Map.entry("return", Optional.of(ShipmentSubStatus.RETURNING_TO_SENDER)),
			Map.entry("status_update", Optional.empty()), Map.entry("transferred_by_shipper", Optional.empty()),
			Map.entry("weather_delay", Optional.of(ShipmentSubStatus.WEATHER_DELAY)),
			Map.entry("unknown", Optional.empty()));

	private EasyPostCodes() {
	}

	static StatusMapping map(String status, String detail) {
		StatusMapping mapping = STATUSES.getOrDefault(status, StatusMapping.UNRECOGNISED);
		Optional<ShipmentSubStatus> reason = DETAILS.getOrDefault(detail, Optional.empty());
		if (reason.isEmpty()) {
			return mapping;
		}
		// The detail is more precise than the generic OTHER a failure status carries.
		ShipmentSubStatus sub = (mapping.subStatus() == null || mapping.subStatus() == ShipmentSubStatus.OTHER)
				? reason.get() : mapping.subStatus();
		return new StatusMapping(mapping.status(), sub);
	}

}
