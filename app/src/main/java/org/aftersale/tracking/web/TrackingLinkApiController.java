package org.aftersale.tracking.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.tracking.TrackingLink;
import org.aftersale.tracking.TrackingLinks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Shipments")
class TrackingLinkApiController {

	record TrackingLinkJson(String url, Instant expiresAt) {
	}

	private final OrderQueries orders;

	private final TrackingLinks links;

	TrackingLinkApiController(OrderQueries orders, TrackingLinks links) {
		this.orders = orders;
		this.links = links;
	}

	@GetMapping("/api/v1/orders/{id}/tracking-link")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "A signed, expiring link to the order's tracking page",
			description = "For e-mails and order-status pages of the shop; works without a look-up until it expires.")
	TrackingLinkJson link(StoreId storeId, @PathVariable("id") UUID id) {
		OrderId orderId = new OrderId(id);
		if (orders.find(storeId, orderId).isEmpty()) {
			throw new NotFoundException("order");
		}
		TrackingLink link = links.linkFor(storeId, orderId);
		return new TrackingLinkJson(link.url(), link.expiresAt());
	}

}
