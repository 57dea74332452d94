package org.aftersale.tracking.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.ShipmentId;
import org.aftersale.tracking.ShipmentQueries;
import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shipments")
@Tag(name = "Shipments", description = "Parcels of an order, followed across carriers")
class ShipmentApiController {

	private final ShipmentQueries queries;

	ShipmentApiController(ShipmentQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "One shipment with its carrier events, newest first")
	ShipmentJson get(StoreId storeId, @PathVariable("id") UUID id) {
		ShipmentId shipmentId = new ShipmentId(id);
		return queries.find(storeId, shipmentId)
			.map(s -> ShipmentJson.of(s, queries.timeline(storeId, shipmentId)))
			.orElseThrow(() -> new NotFoundException("shipment"));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "Find shipments", description = "Newest first, by status and/or tracking number.")
	Map<String, Object> list(StoreId storeId, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String trackingNumber,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > ShipmentQueries.MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + ShipmentQueries.MAX_LIMIT);
		}
		ShipmentStatus wanted = status == null || status.isBlank() ? null : ShipmentStatus.fromWireName(status)
			.orElseThrow(() -> new InvalidInputException("status", "is not a shipment status"));
		ShipmentQueries.Page page = queries.search(storeId, wanted, trackingNumber, cursor, limit);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.items().stream().map(ShipmentJson::of).toList());
		body.put("nextCursor", page.nextCursor());
		return body;
	}

}
