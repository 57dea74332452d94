package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * Money was given back on an order, by the shop or by Aftersale.
 *
 * @param lines what the refund gave back of each line
 */
public record OrderRefunded(StoreId storeId, OrderId orderId, UUID refundId, Money amount, List<RefundLine> lines,
		RefundSubmission.Origin origin, Instant occurredAt) {

}
