package org.aftersale.orders;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Money the shop gave back on the order.
 */
@Table(schema = "orders", name = "refund")
public record Refund(UUID refundId, @Nullable String externalId, long amountMinor, @Nullable String note,
		Instant createdAt) {

}
