package org.aftersale.notifications;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * One message as the delivery log knows it.
 *
 * @param recipient the full address; pages and the API show it masked
 * @param subject the rendered subject (or the SMS's first words) once composed
 */
public record Message(UUID id, StoreId storeId, OrderId orderId, @Nullable UUID shipmentId, Trigger trigger,
		Channel channel, String subjectKey, String recipient, String locale, Purpose purpose, MessageStatus status,
		Instant dueAt, int attempts, @Nullable String providerId, @Nullable String subject, @Nullable String lastError,
		@Nullable Instant sentAt, @Nullable Instant deliveredAt, Instant createdAt, Instant updatedAt) {

	/**
	 * The recipient as staff may see it: {@code j***@example.com}, {@code +4917******89}.
	 */
	public String maskedRecipient() {
		return RecipientMask.mask(recipient);
	}

}
