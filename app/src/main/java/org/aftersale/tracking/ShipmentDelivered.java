package org.aftersale.tracking;

import java.time.Instant;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * The shopper has the parcel. Published together with the {@link ShipmentStatusChanged}
 * into {@code delivered}.
 *
 * @param subStatus how it was delivered (neighbour, parcel locker, signed, ...) when
 * known
 */
public record ShipmentDelivered(StoreId storeId, ShipmentId shipmentId, OrderId orderId, Instant deliveredAt,
		@Nullable ShipmentSubStatus subStatus, @Nullable String signedBy, String trackingNumber,
		@Nullable String carrier) {

}
