package org.aftersale.notifications;

import org.aftersale.orders.OrderCancelled;
import org.aftersale.orders.OrdersPlaced;
import org.aftersale.orders.PlacedOrder;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Announces an order's own moments: confirmation and cancellation, once per order.
 */
@Component
class OrderNotifications {

	private final MessagePlanner planner;

	OrderNotifications(MessagePlanner planner) {
		this.planner = planner;
	}

	// Each confirmation is planned under its own exactly-once key, so when one order of
	// the batch fails and the whole event is delivered again, those planned before are
	// not planned twice.
	@ApplicationModuleListener
	void on(OrdersPlaced event) {
		for (PlacedOrder order : event.orders()) {
			planner.plan(new Occasion(event.storeId(), order.orderId(), null, Trigger.ORDER_CONFIRMED,
					"order:" + order.orderId().value(), order.placedAt()));
		}
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		planner.plan(new Occasion(event.storeId(), event.orderId(), null, Trigger.ORDER_CANCELLED,
				"order:" + event.orderId().value(), event.occurredAt()));
	}

}
