package org.aftersale.orders;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Money given back on the order, by the shop or by Aftersale; its lines are the order's
 * {@link RefundLine}s with its id.
 */
@Table(schema = "orders", name = "refund")
public record Refund(UUID refundId, @Nullable String externalId, long amountMinor, @Nullable String note,
		Instant createdAt, RefundSubmission.Origin origin) {

}
