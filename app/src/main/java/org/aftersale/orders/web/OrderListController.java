package org.aftersale.orders.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderPage;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderSearch;
import org.aftersale.orders.OrderStatus;
import org.aftersale.orders.OrderSummary;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The merchant's order list: search, filters and keyset pages. htmx requests get only the
 * results table; everything else gets the whole page, so the form works without
 * JavaScript.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
class OrderListController {

	static final int PAGE_SIZE = 25;

	/** Up to this many, a list says exactly how many orders match; beyond, "10,000+". */
	static final int COUNT_CAP = 10_000;

	private final OrderQueries queries;

	private final StoreDirectory stores;

	OrderListController(OrderQueries queries, StoreDirectory stores) {
		this.queries = queries;
		this.stores = stores;
	}

	@GetMapping("/admin/orders")
	String list(StoreId storeId, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String back,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
			Model model) {
		Store store = stores.get(storeId);
		OrderFilter filter = new OrderFilter(q, status, from, to, source);
		Map<String, String> errors = new LinkedHashMap<>();
		OrderPage<OrderSummary> page = new OrderPage<>(List.of(), null);
		long count = 0;
		try {
			OrderSearch search = filter.toSearch(store.zone());
			page = queries.search(storeId, search, cursor, PAGE_SIZE);
			count = queries.count(storeId, search, COUNT_CAP + 1);
		}
		catch (InvalidInputException ex) {
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(problem.field(), problem.message());
			}
		}
		model.addAttribute("filter", filter);
		model.addAttribute("errors", errors);
		model.addAttribute("page", page);
		model.addAttribute("paged", cursor != null && !cursor.isBlank());
		model.addAttribute("count", Math.min(count, COUNT_CAP));
		model.addAttribute("countCapped", count > COUNT_CAP);
		PageTrail trail = PageTrail.of(back, cursor);
		model.addAttribute("trail", trail);
		model.addAttribute("zone", store.zone());
		model.addAttribute("statuses", OrderStatus.values());
		boolean fragment = "true".equals(htmx) && !"true".equals(restore);
		if (fragment) {
			return "orders/list :: results";
		}
		// Only the filter form shows the sources: the results fragment does without them.
		model.addAttribute("sources", queries.sources(storeId));
		return "orders/list";
	}

}
