package org.aftersale.tracking;

import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderPageLinks;

import org.springframework.stereotype.Component;

/** The signed tracking-page link of an order, as the shopper's e-mails carry it. */
@Component
class ShopperLinksOfOrders implements OrderPageLinks {

	private final TrackingLinks links;

	ShopperLinksOfOrders(TrackingLinks links) {
		this.links = links;
	}

	@Override
	public Optional<String> shopperLink(StoreId storeId, OrderId orderId) {
		return Optional.of(links.linkFor(storeId, orderId).url());
	}

}
