package org.aftersale.tracking.page;

import org.aftersale.orders.FulfilmentCreated;
import org.aftersale.orders.OrderCancelled;
import org.aftersale.orders.OrderUpdated;
import org.aftersale.stores.StoreBrandingChanged;
import org.aftersale.tracking.ShipmentCreated;
import org.aftersale.tracking.ShipmentProgressRecorded;
import org.aftersale.tracking.TrackingPageBrandingChanged;

import org.springframework.stereotype.Component;

/**
 * Drops cached tracking pages whose content an event changed (see {@link TrackingPages}).
 * The cache lives in memory only, so there is nothing to recover after a crash: these
 * listeners run {@link OnceTransactionEnds}, outside the event publication registry.
 * Forgetting on a rollback costs one re-render.
 */
@Component
class TrackingPageRefresh {

	private final TrackingPages pages;

	TrackingPageRefresh(TrackingPages pages) {
		this.pages = pages;
	}

	@OnceTransactionEnds
	void on(OrderUpdated event) {
		pages.forgetOrder(event.orderId());
	}

	@OnceTransactionEnds
	void on(OrderCancelled event) {
		pages.forgetOrder(event.orderId());
	}

	@OnceTransactionEnds
	void on(FulfilmentCreated event) {
		pages.forgetOrder(event.orderId());
	}

	// The shipments' state is in the cache key, but this instance remembers that state
	// for a moment: a change made here shows at once.
	@OnceTransactionEnds
	void on(ShipmentProgressRecorded event) {
		event.orderIds().forEach(pages::forgetOrder);
	}

	@OnceTransactionEnds
	void on(ShipmentCreated event) {
		pages.forgetOrder(event.orderId());
	}

	@OnceTransactionEnds
	void on(StoreBrandingChanged event) {
		pages.forgetStore(event.storeId());
	}

	@OnceTransactionEnds
	void on(TrackingPageBrandingChanged event) {
		pages.forgetStore(event.storeId());
	}

}
