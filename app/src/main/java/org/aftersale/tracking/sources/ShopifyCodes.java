package org.aftersale.tracking.sources;

import static org.aftersale.tracking.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static org.aftersale.tracking.ShipmentStatus.DELIVERED;
import static org.aftersale.tracking.ShipmentStatus.EXCEPTION;
import static org.aftersale.tracking.ShipmentStatus.FAILED_ATTEMPT;
import static org.aftersale.tracking.ShipmentStatus.INFO_RECEIVED;
import static org.aftersale.tracking.ShipmentStatus.IN_TRANSIT;
import static org.aftersale.tracking.ShipmentStatus.OUT_FOR_DELIVERY;

import java.util.Map;

import org.aftersale.tracking.ShipmentSubStatus;

/**
 * Shopify's fulfillment {@code shipment_status} and fulfillment event {@code status} (the
 * same vocabulary), plus the fulfillment's own {@code status} for fulfillments the
 * carrier has not reported on yet.
 */
public final class ShopifyCodes {

	public static final Map<String, StatusMapping> SHIPMENT_STATUSES = Map.ofEntries(
			Map.entry("label_printed", StatusMapping.of(INFO_RECEIVED)),
			Map.entry("label_purchased", StatusMapping.of(INFO_RECEIVED)),
			Map.entry("confirmed", StatusMapping.of(INFO_RECEIVED)),
			Map.entry("carrier_picked_up", StatusMapping.of(IN_TRANSIT)),
			Map.entry("in_transit", StatusMapping.of(IN_TRANSIT)),
			Map.entry("delayed", StatusMapping.of(IN_TRANSIT, ShipmentSubStatus.DELAYED)),
			Map.entry("out_for_delivery", StatusMapping.of(OUT_FOR_DELIVERY)),
			Map.entry("attempted_delivery", StatusMapping.of(FAILED_ATTEMPT, ShipmentSubStatus.OTHER)),
			Map.entry("ready_for_pickup", StatusMapping.of(AVAILABLE_FOR_PICKUP)),
			Map.entry("picked_up", StatusMapping.of(DELIVERED, ShipmentSubStatus.DELIVERED_TO_PICKUP_POINT)),
			Map.entry("delivered", StatusMapping.of(DELIVERED)),
			Map.entry("failure", StatusMapping.of(EXCEPTION, ShipmentSubStatus.OTHER)));

	/**
	 * A fulfillment without shipment_status: the merchant has packed it and (usually)
	 * bought a label, which is all "info received" means.
	 */
	public static final Map<String, StatusMapping> FULFILLMENT_STATUSES = Map.of("pending",
			StatusMapping.of(INFO_RECEIVED), "open", StatusMapping.of(INFO_RECEIVED), "success",
			StatusMapping.of(INFO_RECEIVED), "cancelled", StatusMapping.of(EXCEPTION, ShipmentSubStatus.CANCELLED),
			"error", StatusMapping.of(EXCEPTION, ShipmentSubStatus.OTHER), "failure",
			StatusMapping.of(EXCEPTION, ShipmentSubStatus.OTHER));

	private ShopifyCodes() {
	}

}
