package org.aftersale.notifications;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a message is in its life. {@code SCHEDULED} and {@code HELD} wait for their time;
 * {@code SENDING} is claimed by a dispatcher; {@code UNCONFIRMED} was being handed over
 * when its sender died, so it may or may not have gone out and is never sent again
 * automatically (a duplicate is worse than a question to the merchant); {@code MERGED}
 * went out inside a digest with another message of the same order.
 */
public enum MessageStatus {

	SCHEDULED, HELD, SENDING, SENT, DELIVERED, BOUNCED, FAILED, SUPPRESSED, UNCONFIRMED, MERGED;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<MessageStatus> fromWireName(String value) {
		return Arrays.stream(values()).filter(s -> s.wireName().equalsIgnoreCase(value.strip())).findFirst();
	}

	/** True once nothing more will be tried without a person asking for it. */
	public boolean isFinal() {
		return this != SCHEDULED && this != HELD && this != SENDING;
	}

}
