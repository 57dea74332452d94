package org.aftersale.notifications;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.tracking.DeliveryDelayed;
import org.aftersale.tracking.DeliveryEstimateChanged;
import org.aftersale.tracking.ShipmentCreated;
import org.aftersale.tracking.ShipmentDelivered;
import org.aftersale.tracking.ShipmentException;
import org.aftersale.tracking.ShipmentProgressRecorded;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentStatusChanged;
import org.aftersale.tracking.ShipmentSubStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Announces what happens to parcels. The subject keys say how often each moment may be
 * announced: "shipped" and "delivered" once per parcel whatever reports them (the shop's
 * fulfilment or the first carrier scan, whichever comes first), moments that can recur
 * (out for delivery again after a failed attempt) once per occurrence.
 */
@Component
class ShipmentNotifications {

	private final MessagePlanner planner;

	ShipmentNotifications(MessagePlanner planner) {
		this.planner = planner;
	}

	@ApplicationModuleListener
	void on(ShipmentCreated event) {
		if (event.replaces() != null) {
			return;
		}
		// A label is made before the parcel leaves. A parcel taken in long after it
		// left is history, not news.
		Instant moment = event.shippedAt() == null || event.shippedAt().isAfter(event.occurredAt()) ? event.occurredAt()
				: event.shippedAt();
		plan(event.storeId(), event.orderId(), event.shipmentId().value(), Trigger.LABEL_CREATED, "", moment);
		// A parcel from the shop's fulfilment, or added by the merchant (API or admin),
		// has
		// left: "Shipped" goes now, and the first carrier scan finds it planned already.
		plan(event.storeId(), event.orderId(), event.shipmentId().value(), Trigger.SHIPPED, "", moment);
	}

	// A batch of carrier events is planned in one transaction: one publication for all
	// the parcels it moved rather than one per change. Each message keeps its own
	// exactly-once key, so a batch delivered again plans nothing twice.
	@ApplicationModuleListener
	void on(ShipmentProgressRecorded event) {
		event.statusChanges().forEach(this::announce);
		event.deliveries().forEach(this::announce);
		event.exceptions().forEach(this::announce);
		event.estimateChanges().forEach(this::announce);
	}

	private void announce(ShipmentStatusChanged event) {
		UUID shipment = event.shipmentId().value();
		boolean firstScan = event.from() == ShipmentStatus.PENDING || event.from() == ShipmentStatus.INFO_RECEIVED;
		switch (event.to()) {
			case IN_TRANSIT -> {
				if (firstScan) {
					plan(event.storeId(), event.orderId(), shipment, Trigger.SHIPPED, "", event.occurredAt());
				}
				else {
					plan(event.storeId(), event.orderId(), shipment, Trigger.IN_TRANSIT, at(event.occurredAt()),
							event.occurredAt());
				}
			}
			case OUT_FOR_DELIVERY -> plan(event.storeId(), event.orderId(), shipment, Trigger.OUT_FOR_DELIVERY,
					at(event.occurredAt()), event.occurredAt());
			case FAILED_ATTEMPT -> plan(event.storeId(), event.orderId(), shipment, Trigger.FAILED_ATTEMPT,
					at(event.occurredAt()), event.occurredAt());
			case AVAILABLE_FOR_PICKUP -> plan(event.storeId(), event.orderId(), shipment, Trigger.AVAILABLE_FOR_PICKUP,
					at(event.occurredAt()), event.occurredAt());
			default -> {
				// delivered and exception have events of their own, with more to say
			}
		}
	}

	private void announce(ShipmentDelivered event) {
		plan(event.storeId(), event.orderId(), event.shipmentId().value(), Trigger.DELIVERED, "", event.deliveredAt());
		// One follow-up per order, however many parcels it came in.
		planner.plan(new Occasion(event.storeId(), event.orderId(), null, Trigger.FOLLOW_UP,
				"order:" + event.orderId().value(), event.deliveredAt()));
	}

	private void announce(ShipmentException event) {
		UUID shipment = event.shipmentId().value();
		if (event.subStatus() == ShipmentSubStatus.RETURNED_TO_SENDER
				|| event.subStatus() == ShipmentSubStatus.RETURNING_TO_SENDER) {
			plan(event.storeId(), event.orderId(), shipment, Trigger.RETURNED_TO_SENDER, "", event.occurredAt());
			return;
		}
		String reason = event.subStatus() == null ? "other" : event.subStatus().wireName();
		plan(event.storeId(), event.orderId(), shipment, Trigger.EXCEPTION, reason + ":" + at(event.occurredAt()),
				event.occurredAt());
	}

	private void announce(DeliveryEstimateChanged event) {
		// The first promise is no change; a promise withdrawn is nothing to tell.
		if (event.from() == null || event.to() == null || event.from().equals(event.to())) {
			return;
		}
		plan(event.storeId(), event.orderId(), event.shipmentId().value(), Trigger.DELIVERY_DATE_CHANGED,
				event.to().toString(), event.occurredAt());
	}

	@ApplicationModuleListener
	void on(DeliveryDelayed event) {
		String marker = event.reason() == DeliveryDelayed.Reason.PAST_PROMISED_DATE ? "promise:" + event.promisedDate()
				: "scan:" + (event.lastScanAt() == null ? "" : at(event.lastScanAt()));
		plan(event.storeId(), event.orderId(), event.shipmentId().value(), Trigger.DELAYED, marker, event.lateSince());
	}

	private void plan(StoreId storeId, OrderId orderId, UUID shipmentId, Trigger trigger, String detail,
			Instant moment) {
		String key = "shipment:" + shipmentId + (detail.isEmpty() ? "" : ":" + detail);
		planner.plan(new Occasion(storeId, orderId, shipmentId, trigger, key, moment));
	}

	private static String at(Instant instant) {
		return String.valueOf(instant.getEpochSecond());
	}

}
