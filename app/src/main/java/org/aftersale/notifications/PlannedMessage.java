package org.aftersale.notifications;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * A message decided on, before it is stored.
 *
 * @param subjectKey what the message is about, part of its exactly-once key
 * @param status {@code SCHEDULED}, {@code HELD} (quiet hours) or {@code SUPPRESSED}
 */
record PlannedMessage(UUID id, StoreId storeId, OrderId orderId, @Nullable UUID shipmentId, Trigger trigger,
		Channel channel, String subjectKey, String recipient, String locale, Purpose purpose, MessageStatus status,
		Instant dueAt, @Nullable String note) {

}
