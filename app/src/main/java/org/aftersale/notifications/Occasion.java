package org.aftersale.notifications;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to an order that a trigger may announce.
 *
 * @param subjectKey what exactly is announced (the order, a parcel and the status it
 * reached, ...): together with the trigger and channel it makes the message unique
 * @param moment when it happened in the world (the order was placed, the carrier scanned
 * the parcel), not when Aftersale learnt of it
 */
record Occasion(StoreId storeId, OrderId orderId, @Nullable UUID shipmentId, Trigger trigger, String subjectKey,
		Instant moment) {

}
