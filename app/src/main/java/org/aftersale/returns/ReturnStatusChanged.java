package org.aftersale.returns;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * A return moved from one status to another: requested, approved, rejected (with the
 * reason), in transit, received, resolved, cancelled or expired. Carries what a message
 * to the shopper needs, so that no listener calls back.
 *
 * @param from {@code null} when the return was just requested
 * @param reason why, when the team gave one (a rejection)
 */
public record ReturnStatusChanged(StoreId storeId, UUID returnId, OrderId orderId, String number,
		@Nullable ReturnStatus from, ReturnStatus to, String customerEmail, @Nullable String reason,
		Instant occurredAt) {

}
