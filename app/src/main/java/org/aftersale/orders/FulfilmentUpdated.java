package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * The shop reported news about a fulfilment: new tracking numbers, a delivery status, a
 * cancellation.
 */
public record FulfilmentUpdated(StoreId storeId, OrderId orderId, UUID fulfilmentId, String status,
		@Nullable String shipmentStatus, List<String> trackingNumbers, Instant occurredAt) {

}
