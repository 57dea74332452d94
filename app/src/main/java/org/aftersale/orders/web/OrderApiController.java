package org.aftersale.orders.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.OrderPage;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderSearch;
import org.aftersale.orders.OrderStatus;
import org.aftersale.orders.OrderSubmission;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Orders from any shop, taken in exactly once by (source, externalId)")
class OrderApiController {

	static final int MAX_BATCH = 500;

	private final OrderIntake intake;

	private final OrderQueries queries;

	private final ShipmentsOnOrders shipments;

	OrderApiController(OrderIntake intake, OrderQueries queries, ShipmentsOnOrders shipments) {
		this.intake = intake;
		this.queries = queries;
		this.shipments = shipments;
	}

	@PostMapping
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Create or update an order", description = "Upsert by (source, externalId): 201 when created, "
			+ "200 with the stored order when it already existed.")
	ResponseEntity<OrderJson> submit(StoreId storeId, @RequestBody OrderRequest request) {
		OrderIntake.Result result = intake.submit(storeId, request.toSubmission());
		if (result.outcome() == OrderIntake.Outcome.CREATED) {
			// Shipments follow from the order's events, after its commit: a new order has
			// none yet, and asking for them would cost every new order another
			// transaction.
			return ResponseEntity.status(HttpStatus.CREATED).body(OrderJson.of(result.order(), List.of()));
		}
		return ResponseEntity.ok(shipments.json(storeId, result.order()));
	}

	record BatchRequest(@Nullable List<OrderRequest> orders) {
	}

	record BatchItem(int index, String status, @Nullable String id, @Nullable List<FieldProblem> errors) {
	}

	record BatchResponse(int created, int updated, int unchanged, int invalid, List<BatchItem> results) {
	}

	@PostMapping("/batch")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Create or update up to 500 orders",
			description = "Each order is validated on its own: an invalid one is reported and never stops the others.")
	BatchResponse batch(StoreId storeId, @RequestBody BatchRequest request) {
		List<OrderRequest> orders = request.orders() == null ? List.of() : request.orders();
		if (orders.isEmpty() || orders.size() > MAX_BATCH) {
			throw new InvalidInputException("orders", "must contain 1 to " + MAX_BATCH + " orders");
		}
		List<BatchItem> results = new ArrayList<>(orders.size());
		List<OrderSubmission> valid = new ArrayList<>();
		List<Integer> validIndexes = new ArrayList<>();
		for (int i = 0; i < orders.size(); i++) {
			try {
				OrderRequest order = orders.get(i);
				if (order == null) {
					throw new InvalidInputException("orders[" + i + "]", "is required");
				}
				valid.add(order.toSubmission().validate());
				validIndexes.add(i);
				results.add(null);
			}
			catch (InvalidInputException ex) {
				results.add(new BatchItem(i, "invalid", null, ex.problems()));
			}
		}
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		List<OrderIntake.Result> stored = valid.isEmpty() ? List.of() : intake.submitAll(storeId, valid);
		for (int k = 0; k < stored.size(); k++) {
			OrderIntake.Result result = stored.get(k);
			String status = result.outcome().name().toLowerCase(java.util.Locale.ROOT);
			switch (result.outcome()) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				default -> unchanged++;
			}
			results.set(validIndexes.get(k),
					new BatchItem(validIndexes.get(k), status, result.order().id().toString(), null));
		}
		return new BatchResponse(created, updated, unchanged, orders.size() - valid.size(), results);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "One order with its line items, totals and shipments")
	OrderJson get(StoreId storeId, @PathVariable("id") java.util.UUID id) {
		return queries.find(storeId, new OrderId(id))
			.map(order -> shipments.json(storeId, order))
			.orElseThrow(() -> new NotFoundException("order"));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "Find orders",
			description = "Newest first; with updatedSince, oldest change first, for syncing.")
	Map<String, Object> list(StoreId storeId, @RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String email, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime placedFrom,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime placedTo,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > OrderQueries.MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + OrderQueries.MAX_LIMIT);
		}
		OrderSearch search = new OrderSearch(q, number, email, null, parseStatus(status),
				placedFrom == null ? null : placedFrom.toInstant(), placedTo == null ? null : placedTo.toInstant(),
				updatedSince == null ? null : updatedSince.toInstant(), null);
		OrderPage<org.aftersale.orders.Order> page = queries.searchOrders(storeId, search, cursor, limit);
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("items", shipments.json(storeId, page.items()));
		body.put("nextCursor", page.nextCursor());
		return body;
	}

	private static @Nullable OrderStatus parseStatus(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return OrderStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "must be one of open, partially_fulfilled, fulfilled, cancelled");
		}
	}

}
