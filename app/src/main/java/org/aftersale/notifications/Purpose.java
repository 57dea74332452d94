package org.aftersale.notifications;

import java.util.Locale;

/**
 * Why a message is sent, which decides the consent it needs: transactional messages are
 * about the shopper's own order and go out unless they opted out of the channel entirely;
 * marketing messages also stop at a marketing unsubscribe and carry a one-click
 * unsubscribe (RFC 8058).
 */
public enum Purpose {

	TRANSACTIONAL, MARKETING;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
