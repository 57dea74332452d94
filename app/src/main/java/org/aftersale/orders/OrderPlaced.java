package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * A new order was taken in. The customer's name comes along so that the customers
 * capability can register a shopper it meets for the first time without calling back.
 */
public record OrderPlaced(StoreId storeId, OrderId orderId, String number, String customerEmail,
		@Nullable String customerFirstName, @Nullable String customerLastName, Instant placedAt, Money total,
		int lineCount, Instant occurredAt) {

}
