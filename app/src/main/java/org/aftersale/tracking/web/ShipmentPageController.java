package org.aftersale.tracking.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.LineItem;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderQueries;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.AttentionDesk;
import org.aftersale.tracking.AttentionPolicy;
import org.aftersale.tracking.AttentionQueries;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentId;
import org.aftersale.tracking.ShipmentQueries;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One shipment for support: its details and items, why it needs attention, the notes of
 * whoever handled it, and every carrier event with the payload exactly as received.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
class ShipmentPageController {

	private final ShipmentQueries shipments;

	private final AttentionQueries attention;

	private final AttentionDesk desk;

	private final OrderQueries orders;

	private final StoreDirectory stores;

	ShipmentPageController(ShipmentQueries shipments, AttentionQueries attention, AttentionDesk desk,
			OrderQueries orders, StoreDirectory stores) {
		this.shipments = shipments;
		this.attention = attention;
		this.desk = desk;
		this.orders = orders;
		this.stores = stores;
	}

	@GetMapping("/admin/shipments/{id}")
	String show(StoreId storeId, @PathVariable String id, Model model) {
		ShipmentId shipmentId = parse(id);
		// Another store's shipment is answered exactly like an unknown one.
		Shipment shipment = shipments.find(storeId, shipmentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Order order = orders.find(storeId, shipment.orderId()).orElse(null);
		Map<UUID, LineItem> lines = order == null ? Map.of()
				: order.lineItems().stream().collect(Collectors.toMap(LineItem::lineId, Function.identity()));
		model.addAttribute("shipment", shipment);
		model.addAttribute("order", order);
		model.addAttribute("lines", lines);
		model.addAttribute("categories",
				AttentionPolicy.categoriesOf(AttentionPolicy.Facts.of(shipment), attention.thresholds(storeId)));
		model.addAttribute("notes", desk.notesOf(storeId, shipmentId));
		model.addAttribute("timeline", shipments.timeline(storeId, shipmentId));
		model.addAttribute("zone", stores.get(storeId).zone());
		return "tracking/shipment";
	}

	private static ShipmentId parse(String id) {
		try {
			return new ShipmentId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
