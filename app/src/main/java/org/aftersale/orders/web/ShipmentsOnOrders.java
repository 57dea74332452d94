package org.aftersale.orders.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderShipment;
import org.aftersale.orders.OrderShipments;

import org.springframework.stereotype.Component;

/**
 * Puts the shipments that downstream capabilities follow onto orders' JSON, one call per
 * page of orders (not per order), through the {@link OrderShipments} SPI.
 */
@Component
class ShipmentsOnOrders {

	private final List<OrderShipments> providers;

	ShipmentsOnOrders(List<OrderShipments> providers) {
		this.providers = providers;
	}

	OrderJson json(StoreId storeId, Order order) {
		return json(storeId, List.of(order)).get(0);
	}

	List<OrderJson> json(StoreId storeId, List<Order> orders) {
		List<OrderId> ids = orders.stream().map(Order::id).toList();
		Map<OrderId, List<OrderShipment>> tracked = new HashMap<>();
		for (OrderShipments provider : providers) {
			provider.of(storeId, ids).forEach((id, list) -> tracked.merge(id, list, (a, b) -> {
				List<OrderShipment> both = new java.util.ArrayList<>(a);
				both.addAll(b);
				return both;
			}));
		}
		return orders.stream().map(o -> OrderJson.of(o, tracked.getOrDefault(o.id(), List.of()))).toList();
	}

}
