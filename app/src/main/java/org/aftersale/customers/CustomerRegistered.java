package org.aftersale.customers;

import java.time.Instant;

import org.aftersale.kernel.StoreId;

/**
 * A shopper became known to a store for the first time, from a shop's customer record or
 * from their first order ({@code source} {@code "orders"}).
 */
public record CustomerRegistered(StoreId storeId, CustomerId customerId, String email, String source,
		boolean acceptsMarketing, Instant occurredAt) {

}
