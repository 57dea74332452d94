package org.aftersale.notifications;

/**
 * Hides most of an address or number, so that logs and pages identify a recipient without
 * exposing them.
 */
final class RecipientMask {

	private RecipientMask() {
	}

	static String mask(String recipient) {
		int at = recipient.indexOf('@');
		if (at > 0) {
			return recipient.charAt(0) + "***" + recipient.substring(at);
		}
		if (recipient.length() <= 6) {
			return "***";
		}
		return recipient.substring(0, 5) + "*".repeat(recipient.length() - 7)
				+ recipient.substring(recipient.length() - 2);
	}

}
