package org.aftersale.webhooks;

import org.aftersale.tracking.DeliveryDelayed;
import org.aftersale.tracking.DeliveryEstimateChanged;
import org.aftersale.tracking.ShipmentCreated;
import org.aftersale.tracking.ShipmentDelivered;
import org.aftersale.tracking.ShipmentException;
import org.aftersale.tracking.ShipmentProgressRecorded;
import org.aftersale.tracking.ShipmentStatusChanged;
import org.aftersale.tracking.ShipmentSubStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the shipment events to the merchant's receivers: {@code shipment.created},
 * {@code shipment.status_changed}, {@code shipment.delivered}, {@code shipment.exception}
 * {@code shipment.estimate_changed} and {@code shipment.delayed}, with statuses in the
 * API's wire names. Each event key holds what makes the domain event unique, so a
 * redelivery queues nothing new.
 */
@Component
class WebhooksForShipments {

	private final WebhookFanOut fanOut;

	WebhooksForShipments(WebhookFanOut fanOut) {
		this.fanOut = fanOut;
	}

	@ApplicationModuleListener
	void on(ShipmentCreated event) {
		WebhookData data = new WebhookData().put("shipmentId", event.shipmentId())
			.put("orderId", event.orderId())
			.put("fulfilmentId", event.fulfilmentId())
			.put("trackingNumber", event.trackingNumber())
			.put("carrier", event.carrier())
			.put("trackingUrl", event.trackingUrl())
			.put("shippedAt", event.shippedAt())
			.put("occurredAt", event.occurredAt());
		fanOut.publish(event.storeId(), WebhookEventType.SHIPMENT_CREATED, "shipment.created:" + event.shipmentId(),
				data.asMap());
	}

	// One publication per applied batch of carrier events rather than one per change;
	// every change still becomes its own delivery under its own event key.
	@ApplicationModuleListener
	void on(ShipmentProgressRecorded event) {
		event.statusChanges().forEach(this::announce);
		event.deliveries().forEach(this::announce);
		event.exceptions().forEach(this::announce);
		event.estimateChanges().forEach(this::announce);
	}

	void announce(ShipmentStatusChanged event) {
		WebhookData data = new WebhookData().put("shipmentId", event.shipmentId())
			.put("orderId", event.orderId())
			.put("from", event.from().wireName())
			.put("to", event.to().wireName())
			.put("subStatus", wire(event.subStatus()))
			.put("trackingNumber", event.trackingNumber())
			.put("carrier", event.carrier())
			.put("occurredAt", event.occurredAt());
		fanOut.publish(
				event.storeId(), WebhookEventType.SHIPMENT_STATUS_CHANGED, "shipment.status_changed:"
						+ event.shipmentId() + ":" + event.from() + ":" + event.to() + ":" + event.occurredAt(),
				data.asMap());
	}

	void announce(ShipmentDelivered event) {
		WebhookData data = new WebhookData().put("shipmentId", event.shipmentId())
			.put("orderId", event.orderId())
			.put("deliveredAt", event.deliveredAt())
			.put("subStatus", wire(event.subStatus()))
			.put("signedBy", event.signedBy())
			.put("trackingNumber", event.trackingNumber())
			.put("carrier", event.carrier());
		fanOut.publish(event.storeId(), WebhookEventType.SHIPMENT_DELIVERED,
				"shipment.delivered:" + event.shipmentId() + ":" + event.deliveredAt(), data.asMap());
	}

	void announce(ShipmentException event) {
		WebhookData data = new WebhookData().put("shipmentId", event.shipmentId())
			.put("orderId", event.orderId())
			.put("subStatus", wire(event.subStatus()))
			.put("description", event.description())
			.put("trackingNumber", event.trackingNumber())
			.put("carrier", event.carrier())
			.put("occurredAt", event.occurredAt());
		fanOut.publish(event.storeId(), WebhookEventType.SHIPMENT_EXCEPTION,
				"shipment.exception:" + event.shipmentId() + ":" + event.subStatus() + ":" + event.occurredAt(),
				data.asMap());
	}

	void announce(DeliveryEstimateChanged event) {
		WebhookData data = new WebhookData().put("shipmentId", event.shipmentId())
			.put("orderId", event.orderId())
			.put("from", event.from())
			.put("to", event.to())
			.put("occurredAt", event.occurredAt());
		fanOut.publish(event.storeId(), WebhookEventType.SHIPMENT_ESTIMATE_CHANGED,
				"shipment.estimate_changed:" + event.shipmentId() + ":" + event.to() + ":" + event.occurredAt(),
				data.asMap());
	}

	@ApplicationModuleListener
	void on(DeliveryDelayed event) {
		WebhookData data = new WebhookData().put("shipmentId", event.shipmentId())
			.put("orderId", event.orderId())
			.put("trackingNumber", event.trackingNumber())
			.put("carrier", event.carrier())
			.put("reason", event.reason().name().toLowerCase(java.util.Locale.ROOT))
			.put("promisedDate", event.promisedDate())
			.put("lastScanAt", event.lastScanAt())
			.put("lateSince", event.lateSince())
			.put("occurredAt", event.occurredAt());
		fanOut.publish(event.storeId(), WebhookEventType.SHIPMENT_DELAYED, "shipment.delayed:" + event.shipmentId()
				+ ":" + event.reason() + ":" + event.promisedDate() + ":" + event.lastScanAt(), data.asMap());
	}

	private static @Nullable String wire(@Nullable ShipmentSubStatus subStatus) {
		return (subStatus != null) ? subStatus.wireName() : null;
	}

}
