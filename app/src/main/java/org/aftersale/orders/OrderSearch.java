package org.aftersale.orders;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Filters for finding orders of one store; every filter is optional and they combine with
 * "and".
 *
 * @param query free text: an order number, an e-mail address, or part of a customer's
 * name
 * @param placedFrom inclusive lower bound of the order date
 * @param placedTo exclusive upper bound of the order date
 */
public record OrderSearch(@Nullable String query, @Nullable String number, @Nullable String email,
		@Nullable String customerName, @Nullable OrderStatus status, @Nullable Instant placedFrom,
		@Nullable Instant placedTo, @Nullable Instant updatedSince, @Nullable String source) {

	public static OrderSearch everything() {
		return new OrderSearch(null, null, null, null, null, null, null, null, null);
	}

}
