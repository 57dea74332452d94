package org.aftersale.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aftersale.orders.FulfilmentUpdated;
import org.jspecify.annotations.Nullable;

/**
 * Turns the delivery status Shopify keeps on a fulfilment ({@code shipment_status}) into
 * carrier events from source {@code shopify}. A stand-in until the Shopify source mapper
 * of {@code TrackingSources} takes over; the codes are Shopify's documented values.
 */
final class ShopifyShipmentStatus {

	private ShopifyShipmentStatus() {
	}

	static List<CarrierEvent> events(FulfilmentUpdated event, @Nullable String carrier) {
		String code = event.shipmentStatus();
		boolean cancelled = "cancelled".equalsIgnoreCase(event.status());
		if (code == null && !cancelled) {
			return List.of();
		}
		String shopifyCode = cancelled ? "cancelled" : code.strip().toLowerCase(Locale.ROOT);
		ShipmentStatus status = status(shopifyCode);
		ShipmentSubStatus sub = cancelled ? ShipmentSubStatus.CANCELLED
				: status == ShipmentStatus.EXCEPTION ? ShipmentSubStatus.OTHER : null;
		List<CarrierEvent> events = new ArrayList<>();
		for (String number : event.trackingNumbers()) {
			events.add(new CarrierEvent(number, carrier, status, sub, "shopify:" + shopifyCode,
					"Shopify: " + shopifyCode.replace('_', ' '), event.occurredAt(), null, false, null, null, null,
					"shopify", "{\"fulfilmentId\":\"" + event.fulfilmentId() + "\",\"status\":\"" + event.status()
							+ "\",\"shipmentStatus\":\"" + (code == null ? "" : code) + "\"}"));
		}
		return events;
	}

	private static ShipmentStatus status(String code) {
		return switch (code) {
			case "label_printed", "label_purchased", "confirmed" -> ShipmentStatus.INFO_RECEIVED;
			case "in_transit" -> ShipmentStatus.IN_TRANSIT;
			case "out_for_delivery" -> ShipmentStatus.OUT_FOR_DELIVERY;
			case "attempted_delivery" -> ShipmentStatus.FAILED_ATTEMPT;
			case "ready_for_pickup" -> ShipmentStatus.AVAILABLE_FOR_PICKUP;
			case "delivered" -> ShipmentStatus.DELIVERED;
			case "failure", "cancelled" -> ShipmentStatus.EXCEPTION;
			default -> ShipmentStatus.IN_TRANSIT;
		};
	}

}
