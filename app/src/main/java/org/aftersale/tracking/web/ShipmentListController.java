package org.aftersale.tracking.web;

import java.util.List;
import java.util.Map;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.platform.AdminController;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentQueries;
import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Operations › Shipments: every followed parcel, newest first, by status or tracking
 * number in any spelling. htmx requests get only the results; the form works without
 * JavaScript.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
class ShipmentListController {

	static final int PAGE_SIZE = 25;

	private final ShipmentQueries shipments;

	private final OrderQueries orders;

	ShipmentListController(ShipmentQueries shipments, OrderQueries orders) {
		this.shipments = shipments;
		this.orders = orders;
	}

	@GetMapping("/admin/shipments")
	String list(StoreId storeId, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
			Model model) {
		ShipmentStatus wanted = status == null || status.isBlank() ? null
				: ShipmentStatus.fromWireName(status).orElse(null);
		ShipmentQueries.Page page = new ShipmentQueries.Page(List.of(), null);
		String error = null;
		try {
			page = shipments.search(storeId, wanted, q, cursor, PAGE_SIZE);
		}
		catch (InvalidInputException ex) {
			error = "That page no longer exists; start again from the first page.";
		}
		Map<OrderId, String> numbers = orders.numbersOf(storeId, page.items().stream().map(Shipment::orderId).toList());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("status", wanted == null ? "" : wanted.wireName());
		model.addAttribute("statuses", ShipmentStatus.values());
		model.addAttribute("page", page);
		model.addAttribute("orderNumbers", numbers);
		model.addAttribute("error", error);
		model.addAttribute("paged", cursor != null && !cursor.isBlank());
		boolean fragment = "true".equals(htmx) && !"true".equals(restore);
		return fragment ? "tracking/shipments :: results" : "tracking/shipments";
	}

}
