package org.aftersale.returns.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.returns.LabelDesk;
import org.aftersale.returns.RefundOverride;
import org.aftersale.returns.Return;
import org.aftersale.returns.ReturnActivity;
import org.aftersale.returns.ReturnDesk;
import org.aftersale.returns.ReturnStatus;
import org.aftersale.returns.ReturnSubmission;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Returns", description = "Returns decided by the store's policy, and their lifecycle")
class ReturnApiController {

	private static final Set<String> CONDITIONS = Set.of("new", "used", "damaged", "missing");

	private static final Set<String> DISPOSITIONS = Set.of("restock", "resale_hold", "damaged", "missing");

	private final ReturnDesk desk;

	private final ReturnActivity activity;

	private final OrderQueries orders;

	private final LabelDesk labels;

	ReturnApiController(ReturnDesk desk, ReturnActivity activity, OrderQueries orders, LabelDesk labels) {
		this.labels = labels;
		this.desk = desk;
		this.activity = activity;
		this.orders = orders;
	}

	@GetMapping("/api/v1/orders/{id}/returnable")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "What each item of an order may be returned for",
			description = "Per line: units left to return, the last day, what one unit gives back (unitPaid, after "
					+ "discounts, tax included), the resolutions and methods the published policy offers, or why not.")
	Map<String, Object> returnable(StoreId storeId, @PathVariable("id") UUID id) {
		OrderId orderId = new OrderId(id);
		var currency = orders.find(storeId, orderId).orElseThrow(() -> new NotFoundException("order")).currency();
		return Map.of("items",
				desk.returnable(storeId, orderId).stream().map(i -> ReturnJson.of(i, currency)).toList());
	}

	@PostMapping("/api/v1/returns")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Start a return",
			description = "Each item is decided again under the published policy. More than can be returned, a "
					+ "closed window or a denial is 422 with the reason per item (errors[].field such as "
					+ "items[0].quantity). Honours Idempotency-Key.")
	ResponseEntity<ReturnJson> create(StoreId storeId, @RequestBody ReturnRequests.Create request) {
		if (request.orderId() == null) {
			throw new InvalidInputException("orderId", "is required");
		}
		List<ReturnSubmission.Item> items = request.items() == null ? List.of()
				: request.items()
					.stream()
					.map(i -> new ReturnSubmission.Item(i.lineItemId(), i.quantity(), i.reason(), i.subReason(),
							i.comment(), i.condition()))
					.toList();
		Return created = desk.request(storeId,
				new ReturnSubmission(new OrderId(request.orderId()), items, request.resolution(), request.method()),
				"api");
		return ResponseEntity.status(HttpStatus.CREATED).body(ReturnJson.of(created, null));
	}

	@GetMapping("/api/v1/returns/{id}")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "One return with its label and timeline")
	ReturnJson get(StoreId storeId, @PathVariable("id") UUID id) {
		Return found = desk.get(storeId, id);
		return ReturnJson.of(found, labels.of(storeId, id).orElse(null), activity.of(found.id()));
	}

	@GetMapping("/api/v1/returns")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "Find returns", description = "Newest first, by order and status.")
	Map<String, Object> list(StoreId storeId, @RequestParam(required = false) @Nullable UUID orderId,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > ReturnDesk.MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + ReturnDesk.MAX_LIMIT);
		}
		ReturnStatus wanted = null;
		if (status != null && !status.isBlank()) {
			wanted = ReturnStatus.fromWire(status)
				.orElseThrow(() -> new InvalidInputException("status", "is not a return status"));
		}
		KeysetPage<Return> page = desk.list(storeId, orderId == null ? null : new OrderId(orderId), wanted, cursor,
				limit);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.items().stream().map(r -> ReturnJson.of(r, null)).toList());
		body.put("nextCursor", page.nextCursor());
		return body;
	}

	@PostMapping("/api/v1/returns/{id}/approve")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Approve a return waiting for review", description = "409 from any other status.")
	ReturnJson approve(StoreId storeId, @PathVariable("id") UUID id) {
		return ReturnJson.of(desk.approve(storeId, id, "api"), null);
	}

	@PostMapping("/api/v1/returns/{id}/reject")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Reject a return, with the reason the shopper is told")
	ReturnJson reject(StoreId storeId, @PathVariable("id") UUID id, @RequestBody ReturnRequests.Reject request) {
		return ReturnJson.of(desk.reject(storeId, id, "api", request.reason()), null);
	}

	@PostMapping("/api/v1/returns/{id}/receive")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Record the items as they came in",
			description = "Per line: units, condition (new, used, damaged, missing) and disposition (restock, "
					+ "resale_hold, damaged, missing; by default from the condition).")
	ReturnJson receive(StoreId storeId, @PathVariable("id") UUID id, @RequestBody ReturnRequests.Receive request) {
		Map<UUID, Return.Received> received = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		List<ReturnRequests.Received> items = request.items() == null ? List.of() : request.items();
		if (items.isEmpty()) {
			problems.add(new FieldProblem("items", "say what came in"));
		}
		for (int i = 0; i < items.size(); i++) {
			ReturnRequests.Received item = items.get(i);
			String at = "items[" + i + "]";
			String condition = item.condition() == null ? "new" : item.condition();
			if (item.lineItemId() == null) {
				problems.add(new FieldProblem(at + ".lineItemId", "is required"));
				continue;
			}
			if (!CONDITIONS.contains(condition)) {
				problems.add(new FieldProblem(at + ".condition", "must be new, used, damaged or missing"));
				continue;
			}
			String disposition = item.disposition() != null ? item.disposition()
					: Return.Received.of(item.quantity(), condition).disposition();
			if (!DISPOSITIONS.contains(disposition)) {
				problems.add(new FieldProblem(at + ".disposition", "must be restock, resale_hold, damaged or missing"));
			}
			else {
				received.put(item.lineItemId(), new Return.Received(item.quantity(), condition, disposition));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return ReturnJson.of(desk.receive(storeId, id, "api", received), null);
	}

	@PostMapping("/api/v1/returns/{id}/resolve")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Settle a return",
			description = "A refund is recorded on the order, never more than was paid per line and for the order.")
	ReturnJson resolve(StoreId storeId, @PathVariable("id") UUID id,
			@RequestBody(required = false) ReturnRequests.@Nullable Resolve request) {
		RefundOverride override = request == null ? null
				: RefundOverride.of(request.refundAmount(), request.reason(), desk.get(storeId, id).currency());
		return ReturnJson.of(desk.resolve(storeId, id, "api", override), null);
	}

	@PostMapping("/api/v1/returns/{id}/cancel")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Cancel a return before its items are on their way")
	ReturnJson cancel(StoreId storeId, @PathVariable("id") UUID id) {
		return ReturnJson.of(desk.cancel(storeId, id, "api"), null);
	}

}
