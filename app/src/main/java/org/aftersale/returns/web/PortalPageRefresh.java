package org.aftersale.returns.web;

import org.aftersale.orders.OrderCancelled;
import org.aftersale.orders.OrderRefunded;
import org.aftersale.orders.OrderUpdated;
import org.aftersale.returns.ReturnStatusChanged;
import org.aftersale.tracking.ShipmentCreated;
import org.aftersale.tracking.ShipmentProgressRecorded;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes the portal's page of an order show a change made on this instance at once, rather
 * than after the moment its state is remembered for.
 */
@Component
class PortalPageRefresh {

	private final PortalPages pages;

	PortalPageRefresh(PortalPages pages) {
		this.pages = pages;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(ReturnStatusChanged event) {
		pages.forget(event.orderId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(OrderUpdated event) {
		pages.forget(event.orderId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(OrderCancelled event) {
		pages.forget(event.orderId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(OrderRefunded event) {
		pages.forget(event.orderId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(ShipmentCreated event) {
		pages.forget(event.orderId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(ShipmentProgressRecorded event) {
		event.orderIds().forEach(pages::forget);
	}

}
