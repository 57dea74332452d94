package org.aftersale.orders;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One message to the shopper about an order, as an {@link OrderMessages} implementation
 * describes it for the order page.
 *
 * @param trigger the moment that sent it ({@code order_confirmed}, {@code delivered},
 * ...)
 * @param channel {@code email} or {@code sms}
 * @param recipient the address masked for staff ({@code j***@example.com})
 * @param status where the message is ({@code scheduled}, {@code held}, {@code sent},
 * {@code failed}, ...)
 * @param dueAt when it is or was due to go out
 * @param providerId the id the mail server or SMS provider gave it, once handed over
 * @param lastError why the last try failed, or why it was held, suppressed or given up
 */
public record OrderMessage(UUID id, String trigger, String channel, String recipient, String status, Instant dueAt,
		@Nullable Instant sentAt, @Nullable Instant deliveredAt, @Nullable String providerId,
		@Nullable String lastError) {

	/** The moment that matters most to staff: delivered, else sent, else due. */
	public Instant shownAt() {
		if (deliveredAt != null) {
			return deliveredAt;
		}
		return sentAt != null ? sentAt : dueAt;
	}

}
