package org.aftersale.customers;

import java.time.Instant;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a customer has ordered from a store, kept from the orders capability's events.
 *
 * @param ordersCount every order placed, cancelled ones included
 * @param cancelledCount the orders that were cancelled
 * @param totalSpent the totals of the orders not cancelled, less refunds, in the currency
 * of the customer's first order (orders in other currencies are counted but not summed)
 */
public record OrderHistory(long ordersCount, long cancelledCount, Money totalSpent, @Nullable Instant firstOrderAt,
		@Nullable Instant lastOrderAt) {

}
