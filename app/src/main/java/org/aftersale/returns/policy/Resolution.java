package org.aftersale.returns.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the shopper gets for a return: their money back, store credit, or another item.
 */
public enum Resolution {

	REFUND, STORE_CREDIT, EXCHANGE;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Resolution> fromWire(String value) {
		return Arrays.stream(values()).filter(r -> r.wireName().equals(value)).findFirst();
	}

}
