package org.aftersale.orders.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.DeliveryStatus;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderMessage;
import org.aftersale.orders.OrderMessages;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderShipment;
import org.aftersale.orders.OrderShipments;
import org.aftersale.orders.OrderTimeline;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StoreDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One order as the merchant sees it: customer, address, items, totals, shipments (the
 * followed parcels when tracking follows them, else the shop's fulfilments) and its
 * timeline, with times in the store's time zone.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
class OrderPageController {

	private final OrderQueries queries;

	private final OrderTimeline timeline;

	private final StoreDirectory stores;

	private final List<OrderShipments> shipments;

	private final List<OrderMessages> messages;

	OrderPageController(OrderQueries queries, OrderTimeline timeline, StoreDirectory stores,
			List<OrderShipments> shipments, List<OrderMessages> messages) {
		this.queries = queries;
		this.timeline = timeline;
		this.stores = stores;
		this.shipments = shipments;
		this.messages = messages;
	}

	@GetMapping("/admin/orders/{id}")
	String show(StoreId storeId, @PathVariable String id, Model model) {
		OrderId orderId = parse(id);
		// Another store's order is answered exactly like an unknown one.
		Order order = queries.find(storeId, orderId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("order", order);
		model.addAttribute("timeline", timeline.of(storeId, orderId));
		List<OrderShipment> tracked = tracked(storeId, orderId);
		model.addAttribute("tracked", tracked);
		model.addAttribute("deliveryStatus", DeliveryStatus.of(order.status(),
				OrderJson.shipments(order, tracked).stream().map(OrderJson.ShipmentJson::status).toList()));
		model.addAttribute("messages", messages(storeId, orderId));
		model.addAttribute("zone", stores.get(storeId).zone());
		return "orders/detail";
	}

	// Followed parcels come from downstream capabilities through the SPI, so this page
	// shows them without orders depending on tracking.
	private List<OrderShipment> tracked(StoreId storeId, OrderId orderId) {
		List<OrderShipment> all = new ArrayList<>();
		for (OrderShipments provider : shipments) {
			all.addAll(provider.of(storeId, List.of(orderId)).getOrDefault(orderId, List.of()));
		}
		return all;
	}

	// Messages to the shopper come from notifications through the SPI, like parcels.
	private List<OrderMessage> messages(StoreId storeId, OrderId orderId) {
		List<OrderMessage> all = new ArrayList<>();
		for (OrderMessages provider : messages) {
			all.addAll(provider.of(storeId, orderId));
		}
		return all;
	}

	private static OrderId parse(String id) {
		try {
			return new OrderId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
