package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * The shop changed an order (items, addresses, totals, statuses).
 */
public record OrderUpdated(StoreId storeId, OrderId orderId, String number, List<String> changes, Instant occurredAt) {

}
