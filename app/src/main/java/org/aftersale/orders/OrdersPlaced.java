package org.aftersale.orders;

import java.util.List;

import org.aftersale.kernel.StoreId;

/**
 * New orders taken in together, in one transaction: one from a single post or a shop's
 * webhook, up to a request's worth from the batch endpoint or a back-fill. One event per
 * intake rather than per order, because every event costs each listening capability a
 * publication record and a transaction of its own; a listener does its work for the whole
 * list at once and must treat every order in it.
 */
public record OrdersPlaced(StoreId storeId, List<PlacedOrder> orders) {

	public OrdersPlaced {
		orders = List.copyOf(orders);
	}

}
