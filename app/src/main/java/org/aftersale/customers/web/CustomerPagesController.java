package org.aftersale.customers.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.customers.Customer;
import org.aftersale.customers.CustomerId;
import org.aftersale.customers.CustomerPage;
import org.aftersale.customers.CustomerQueries;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderMessage;
import org.aftersale.orders.OrderMessages;
import org.aftersale.orders.OrderPage;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderSearch;
import org.aftersale.orders.OrderSummary;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Operations › Customers: every shopper of the store with what they ordered, and one
 * shopper's page with their orders and the messages they were sent (returns and credit
 * join it as those capabilities arrive).
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
class CustomerPagesController {

	static final int PAGE_SIZE = 50;

	/** The orders whose messages a customer's page shows: the most recent ones. */
	static final int ORDERS_SHOWN = 25;

	/** An order of the customer with the messages sent about it. */
	record OrderWithMessages(OrderSummary order, List<OrderMessage> messages) {
	}

	private final CustomerQueries customers;

	private final OrderQueries orders;

	private final ObjectProvider<OrderMessages> messages;

	private final StoreDirectory stores;

	CustomerPagesController(CustomerQueries customers, OrderQueries orders, ObjectProvider<OrderMessages> messages,
			StoreDirectory stores) {
		this.customers = customers;
		this.orders = orders;
		this.messages = messages;
		this.stores = stores;
	}

	@GetMapping("/admin/customers")
	String list(StoreId storeId, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		String query = q == null ? "" : q.strip();
		CustomerPage page = customers.list(storeId, null, query.isEmpty() ? null : query, cursor, PAGE_SIZE);
		model.addAttribute("q", query);
		model.addAttribute("page", page);
		model.addAttribute("paged", cursor != null && !cursor.isBlank());
		model.addAttribute("total", customers.count(storeId));
		model.addAttribute("zone", stores.get(storeId).zone());
		return "customers/list";
	}

	@GetMapping("/admin/customers/{id}")
	String show(StoreId storeId, @PathVariable UUID id, Model model) {
		Customer customer = customers.find(storeId, new CustomerId(id))
			.orElseThrow(() -> new NotFoundException("customer"));
		OrderPage<OrderSummary> recent = orders.search(storeId,
				new OrderSearch(null, null, customer.email(), null, null, null, null, null, null), null, ORDERS_SHOWN);
		List<OrderId> ids = recent.items().stream().map(OrderSummary::id).toList();
		Map<OrderId, List<OrderMessage>> sent = messages.getIfAvailable(() -> (store, order) -> List.of())
			.of(storeId, ids);
		model.addAttribute("customer", customer);
		model.addAttribute("orders",
				recent.items()
					.stream()
					.map(order -> new OrderWithMessages(order, sent.getOrDefault(order.id(), List.of())))
					.toList());
		model.addAttribute("moreOrders", recent.nextCursor() != null);
		model.addAttribute("zone", stores.get(storeId).zone());
		return "customers/detail";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem customersNavItem() {
			return new NavItem("Operations", "Customers", "/admin/customers", 15, "ROLE_ANALYST");
		}

	}

}
