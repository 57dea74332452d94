package org.aftersale.tracking.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.tracking.ShipmentSubmission;
import org.aftersale.tracking.ShipmentTracker;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orders/{id}/shipments")
@Tag(name = "Shipments", description = "Parcels of an order, followed across carriers")
class OrderShipmentApiController {

	private final ShipmentTracker tracker;

	private final OrderQueries orders;

	OrderShipmentApiController(ShipmentTracker tracker, OrderQueries orders) {
		this.tracker = tracker;
		this.orders = orders;
	}

	@PostMapping
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Follow a parcel of an order",
			description = "201 when created; 200 with the shipment when the order already has this tracking number.")
	ResponseEntity<ShipmentJson> track(StoreId storeId, @PathVariable("id") UUID id,
			@RequestBody ShipmentRequest request) {
		ShipmentSubmission submission = request.toSubmission();
		ShipmentTracker.Tracked tracked;
		try {
			tracked = tracker.track(storeId, new OrderId(id), submission);
		}
		catch (DuplicateKeyException ex) {
			// Two identical requests raced; the first one's shipment is the answer.
			tracked = tracker.track(storeId, new OrderId(id), submission);
		}
		return ResponseEntity.status(tracked.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ShipmentJson.of(tracked.shipment()));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "The shipments of an order, oldest first")
	List<ShipmentJson> list(StoreId storeId, @PathVariable("id") UUID id) {
		OrderId orderId = new OrderId(id);
		if (orders.find(storeId, orderId).isEmpty()) {
			throw new NotFoundException("order");
		}
		return tracker.shipmentsOf(storeId, orderId).stream().map(ShipmentJson::of).toList();
	}

}
