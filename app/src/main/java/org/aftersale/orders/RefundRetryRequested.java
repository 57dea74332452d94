package org.aftersale.orders;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;

/** The team asked for a refund that failed in the shop to be tried there again. */
public record RefundRetryRequested(StoreId storeId, OrderId orderId, UUID refundId, Instant occurredAt) {

}
