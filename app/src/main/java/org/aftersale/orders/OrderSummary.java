package org.aftersale.orders;

import java.time.Instant;

import org.aftersale.kernel.Money;

/**
 * An order as a row of a list: enough to find it, not the whole aggregate.
 */
public record OrderSummary(OrderId id, String number, Instant placedAt, OrderStatus status, String customerEmail,
		String customerName, Money total, long itemCount, String source) {

}
