package org.aftersale.tracking.page;

import org.aftersale.orders.FulfilmentCreated;
import org.aftersale.orders.OrderCancelled;
import org.aftersale.orders.OrderUpdated;
import org.aftersale.stores.StoreBrandingChanged;
import org.aftersale.tracking.ShipmentStatusChanged;
import org.aftersale.tracking.TrackingPageBrandingChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Drops cached tracking pages whose content an event changed (see {@link TrackingPages}).
 * Forgetting is idempotent, so redelivered events do no harm.
 */
@Component
class TrackingPageRefresh {

	private final TrackingPages pages;

	TrackingPageRefresh(TrackingPages pages) {
		this.pages = pages;
	}

	@ApplicationModuleListener
	void on(OrderUpdated event) {
		pages.forgetOrder(event.orderId());
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		pages.forgetOrder(event.orderId());
	}

	@ApplicationModuleListener
	void on(FulfilmentCreated event) {
		pages.forgetOrder(event.orderId());
	}

	// Not needed for correctness (the shipments' state is in the cache key) but frees the
	// entries that can no longer be hit.
	@ApplicationModuleListener
	void on(ShipmentStatusChanged event) {
		pages.forgetOrder(event.orderId());
	}

	@ApplicationModuleListener
	void on(StoreBrandingChanged event) {
		pages.forgetStore(event.storeId());
	}

	@ApplicationModuleListener
	void on(TrackingPageBrandingChanged event) {
		pages.forgetStore(event.storeId());
	}

}
