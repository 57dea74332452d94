package org.aftersale.orders;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * A refund Aftersale made was carried out in the shop (its id there is
 * {@code shopRefundId}) or the shop would not (why is {@code problem}).
 */
public record RefundSettled(StoreId storeId, OrderId orderId, UUID refundId, @Nullable String shopRefundId,
		@Nullable String problem, Instant occurredAt) {

	public boolean failed() {
		return problem != null;
	}

}
