package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * The shop refunded money on an order.
 */
public record OrderRefunded(StoreId storeId, OrderId orderId, UUID refundId, Money amount, Instant occurredAt) {

}
