package org.aftersale.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.aftersale.kernel.Address;
import org.jspecify.annotations.Nullable;

/**
 * What an order says at one moment, as far as a shopper or merchant would notice a
 * change: compared before and after a revision to name what changed in the timeline.
 */
record OrderContent(String number, Instant placedAt, String currency, OrderStatus status,
		@Nullable String financialStatus, @Nullable CustomerSnapshot customer, @Nullable Address address,
		OrderTotals totals, List<LineItem> lines, @Nullable String cancelReason) {

	List<String> differences(OrderContent after) {
		List<String> changes = new ArrayList<>();
		if (!number.equals(after.number) || !placedAt.equals(after.placedAt)) {
			changes.add("number or date");
		}
		if (status != after.status) {
			changes.add("status");
		}
		if (!Objects.equals(financialStatus, after.financialStatus)) {
			changes.add("payment status");
		}
		if (!Objects.equals(customer, after.customer)) {
			changes.add("customer");
		}
		if (!Objects.equals(address, after.address)) {
			changes.add("shipping address");
		}
		if (!currency.equals(after.currency) || !totals.equals(after.totals)) {
			changes.add("totals");
		}
		if (!lines.equals(after.lines)) {
			changes.add("line items");
		}
		return changes;
	}
}
