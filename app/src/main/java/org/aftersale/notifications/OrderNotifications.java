package org.aftersale.notifications;

import org.aftersale.orders.OrderCancelled;
import org.aftersale.orders.OrderPlaced;

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

	@ApplicationModuleListener
	void on(OrderPlaced event) {
		planner.plan(new Occasion(event.storeId(), event.orderId(), null, Trigger.ORDER_CONFIRMED,
				"order:" + event.orderId().value(), event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		planner.plan(new Occasion(event.storeId(), event.orderId(), null, Trigger.ORDER_CANCELLED,
				"order:" + event.orderId().value(), event.occurredAt()));
	}

}
