package org.aftersale.notifications;

import java.time.LocalTime;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * A store's sender identity, quiet hours and timing, as the merchant set them.
 *
 * @param senderName the From name; the store's name when not set
 * @param fromAddress the From address; the installation's default when not set
 * @param quietStart start of the quiet hours in the shopper's time zone; no quiet hours
 * when either end is {@code null}
 * @param quietHoursEmail whether e-mail waits for the end of the quiet hours too (SMS
 * always does)
 * @param digestMinutes when above zero, parcels of one order changing within that many
 * minutes are announced in one message
 * @param followUpDays days after delivery the follow-up goes out
 */
public record MessagingPolicy(StoreId storeId, @Nullable String senderName, @Nullable String fromAddress,
		@Nullable String replyTo, @Nullable LocalTime quietStart, @Nullable LocalTime quietEnd, boolean quietHoursEmail,
		int digestMinutes, int followUpDays) {

	static MessagingPolicy defaults(StoreId storeId) {
		return new MessagingPolicy(storeId, null, null, null, null, null, false, 0, 7);
	}

	public boolean hasQuietHours() {
		return quietStart != null && quietEnd != null && !quietStart.equals(quietEnd);
	}

}
