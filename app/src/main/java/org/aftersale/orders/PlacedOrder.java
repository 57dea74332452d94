package org.aftersale.orders;

import java.time.Instant;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * What other capabilities learn about one new order, inside {@link OrdersPlaced}. The
 * customer's name comes along so that the customers capability can register a shopper it
 * meets for the first time without calling back.
 */
public record PlacedOrder(OrderId orderId, String number, String customerEmail, @Nullable String customerFirstName,
		@Nullable String customerLastName, Instant placedAt, Money total, int lineCount, Instant occurredAt) {

}
