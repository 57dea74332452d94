package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A fee a return costs the shopper, taken from what it gives back: a restocking fee (a
 * percentage of the items' value, or a fixed amount per return) or the label's cost;
 * waived when the shopper's reason is one of {@code waivedForReasons} (an item that
 * arrived damaged costs nothing to send back).
 */
public record Fee(Kind kind, BigDecimal amount, List<String> waivedForReasons) {

	public Fee {
		waivedForReasons = waivedForReasons == null ? List.of() : List.copyOf(waivedForReasons);
	}

	public enum Kind {

		RESTOCKING_PERCENT, RESTOCKING_FIXED, LABEL;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
