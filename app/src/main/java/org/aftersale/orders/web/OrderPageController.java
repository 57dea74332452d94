package org.aftersale.orders.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.DeliveryStatus;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderDesk;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderPageLinks;
import org.aftersale.orders.OrderMessage;
import org.aftersale.orders.OrderMessages;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderShipment;
import org.aftersale.orders.OrderShipments;
import org.aftersale.orders.OrderTimeline;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.stores.StoreRole;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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

	private final List<OrderPageLinks> links;

	private final OrderDesk desk;

	OrderPageController(OrderQueries queries, OrderTimeline timeline, StoreDirectory stores,
			List<OrderShipments> shipments, List<OrderMessages> messages, List<OrderPageLinks> links, OrderDesk desk) {
		this.links = links;
		this.desk = desk;
		this.queries = queries;
		this.timeline = timeline;
		this.stores = stores;
		this.shipments = shipments;
		this.messages = messages;
	}

	@GetMapping("/admin/orders/{id}")
	String show(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id, Model model) {
		OrderId orderId = parse(id);
		// Another store's order is answered exactly like an unknown one.
		Order order = queries.find(storeId, orderId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("order", order);
		List<OrderShipment> tracked = tracked(storeId, orderId);
		List<OrderMessage> sent = messages(storeId, orderId);
		model.addAttribute("timeline", OrderHistory.of(timeline.of(storeId, orderId), sent));
		model.addAttribute("tracked", tracked);
		model.addAttribute("deliveryStatus", DeliveryStatus.of(order.status(),
				OrderJson.shipments(order, tracked).stream().map(OrderJson.ShipmentJson::status).toList()));
		model.addAttribute("messages", sent);
		model.addAttribute("zone", stores.get(storeId).zone());
		model.addAttribute("canAct", staff != null && staff.can(StoreRole.AGENT));
		model.addAttribute("shopperLink",
				links.stream().flatMap(l -> l.shopperLink(storeId, orderId).stream()).findFirst().orElse(null));
		return "orders/detail";
	}

	@PostMapping("/admin/orders/{id}/notes")
	@PreAuthorize("hasRole('AGENT')")
	String note(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		OrderId orderId = parse(id);
		try {
			desk.note(storeId, orderId, staff.email(), note);
			redirect.addFlashAttribute("flash", "Note added to the timeline.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", "Note not added: it " + ex.problems().get(0).message() + ".");
		}
		catch (NotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/admin/orders/" + orderId.value();
	}

	@PostMapping("/admin/orders/{id}/cancel")
	@PreAuthorize("hasRole('AGENT')")
	String cancel(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		OrderId orderId = parse(id);
		try {
			redirect.addFlashAttribute("flash", desk.cancel(storeId, orderId, staff.email(), reason)
					? "Order cancelled." : "The order was already cancelled.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError",
					"Not cancelled: the reason " + ex.problems().get(0).message() + ".");
		}
		catch (NotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/admin/orders/" + orderId.value();
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
