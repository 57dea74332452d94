package org.aftersale.returns;

import java.util.List;
import java.util.UUID;

import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * What a shopper (or an integration on their behalf) asks to return. Nothing in it is
 * trusted: the server decides each item again under the published policy.
 *
 * @param resolution {@code refund}, {@code store_credit} or {@code exchange}
 * @param method how the items come back; the first one the policy offers when absent
 * @param requestKey a one-time key of the form that sent it: the same key again is the
 * same return
 */
public record ReturnSubmission(OrderId orderId, List<Item> items, @Nullable String resolution, @Nullable String method,
		@Nullable String requestKey) {

	public ReturnSubmission {
		items = items == null ? List.of() : List.copyOf(items);
	}

	public ReturnSubmission(OrderId orderId, List<Item> items, @Nullable String resolution, @Nullable String method) {
		this(orderId, items, resolution, method, null);
	}

	public record Item(@Nullable UUID lineItemId, long quantity, @Nullable String reason, @Nullable String subReason,
			@Nullable String comment, @Nullable String condition) {
	}

}
