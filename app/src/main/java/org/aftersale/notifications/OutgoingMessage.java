package org.aftersale.notifications;

import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * A composed message ready for a channel.
 *
 * @param messageId our id, which a provider may use to de-duplicate (SMTP Message-ID)
 * @param recipient an e-mail address, or a phone number in E.164 for SMS
 * @param html the HTML part (e-mail only)
 * @param text the plain-text part, or the whole SMS
 * @param headers extra headers for e-mail (List-Unsubscribe, ...)
 */
public record OutgoingMessage(UUID messageId, StoreId storeId, String recipient, Sender sender, String subject,
		@Nullable String html, String text, Map<String, String> headers) {

	/**
	 * Who the message comes from.
	 *
	 * @param name display name, usually the store's
	 * @param address the From address (e-mail) or number / sender id (SMS)
	 * @param replyTo where the shopper's replies go (e-mail only)
	 */
	public record Sender(String name, String address, @Nullable String replyTo) {
	}

}
