package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * A new order was taken in.
 */
public record OrderPlaced(StoreId storeId, OrderId orderId, String number, String customerEmail, Instant placedAt,
		Money total, int lineCount, Instant occurredAt) {

}
