package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * The shop sent (part of) an order. Tracking starts from here; `carrierHint` is the
 * shop's carrier name, if any.
 *
 * @param occurredAt when the shop fulfilled it, which for a fulfilment brought in by a
 * back-fill or an import is long before Aftersale learnt of it
 */
public record FulfilmentCreated(StoreId storeId, OrderId orderId, UUID fulfilmentId, List<String> trackingNumbers,
		@Nullable String carrierHint, List<String> trackingUrls, List<ShippedUnits> lines, Instant occurredAt) {

}
