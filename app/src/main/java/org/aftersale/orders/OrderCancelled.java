package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * The shop cancelled an order; nothing further will ship.
 *
 * @param occurredAt when the shop cancelled it, where it says, else when Aftersale learnt
 * of it: an order imported months after its cancellation was cancelled months ago
 */
public record OrderCancelled(StoreId storeId, OrderId orderId, String number, @Nullable String reason,
		Instant occurredAt) {

}
