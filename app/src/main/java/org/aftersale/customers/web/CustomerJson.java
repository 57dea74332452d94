package org.aftersale.customers.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.customers.Customer;
import org.aftersale.customers.OrderHistory;
import org.jspecify.annotations.Nullable;

/**
 * A customer as the API shows it, with their order-history summary; money as a decimal
 * string in {@code currency}.
 */
record CustomerJson(UUID id, String email, String source, @Nullable String externalId, @Nullable String firstName,
		@Nullable String lastName, @Nullable String phone, boolean acceptsMarketing, List<String> tags,
		long ordersCount, long cancelledCount, String totalSpent, String currency, @Nullable Instant firstOrderAt,
		@Nullable Instant lastOrderAt, @Nullable Instant sourceUpdatedAt, Instant createdAt, Instant updatedAt) {

	static CustomerJson of(Customer customer) {
		OrderHistory history = customer.orderHistory();
		return new CustomerJson(customer.id().value(), customer.email(), customer.source(), customer.externalId(),
				customer.firstName(), customer.lastName(), customer.phone(), customer.acceptsMarketing(),
				customer.tags(), history.ordersCount(), history.cancelledCount(), history.totalSpent().toString(),
				history.totalSpent().currency().getCurrencyCode(), history.firstOrderAt(), history.lastOrderAt(),
				customer.sourceUpdatedAt(), customer.createdAt(), customer.updatedAt());
	}

}
