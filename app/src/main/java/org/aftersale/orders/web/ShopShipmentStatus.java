package org.aftersale.orders.web;

import org.aftersale.orders.Fulfilment;

/**
 * Maps a shop's own delivery status of a fulfilment onto the normalized shipment statuses
 * of the contract. The tracking capability replaces this with carrier events once it
 * follows the parcel.
 */
final class ShopShipmentStatus {

	private ShopShipmentStatus() {
	}

	static String normalise(Fulfilment fulfilment) {
		if ("cancelled".equalsIgnoreCase(fulfilment.status()) || "failure".equalsIgnoreCase(fulfilment.status())) {
			return "exception";
		}
		String status = fulfilment.shipmentStatus();
		if (status == null) {
			return "pending";
		}
		return switch (status.toLowerCase(java.util.Locale.ROOT)) {
			case "label_printed", "label_purchased", "confirmed" -> "info_received";
			case "in_transit" -> "in_transit";
			case "out_for_delivery" -> "out_for_delivery";
			case "attempted_delivery" -> "failed_attempt";
			case "ready_for_pickup" -> "available_for_pickup";
			case "delivered" -> "delivered";
			case "failure" -> "exception";
			default -> "pending";
		};
	}

}
