package org.aftersale.returns.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the item comes back: a label for the post, a QR code at a drop-off point, over the
 * counter of a shop, the shopper's own shipping, or not at all (the shopper keeps it).
 */
public enum ReturnMethod {

	MAIL, QR_DROPOFF, IN_STORE, OWN_SHIPPING, KEEP_ITEM;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ReturnMethod> fromWire(String value) {
		return Arrays.stream(values()).filter(m -> m.wireName().equals(value)).findFirst();
	}

}
