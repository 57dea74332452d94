package org.aftersale.notifications;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a message reaches the shopper.
 */
public enum Channel {

	EMAIL, SMS;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Channel> fromWireName(String value) {
		return Arrays.stream(values()).filter(c -> c.wireName().equalsIgnoreCase(value.strip())).findFirst();
	}

}
