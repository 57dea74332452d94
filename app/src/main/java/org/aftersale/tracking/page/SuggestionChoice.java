package org.aftersale.tracking.page;

import java.util.List;

/**
 * What the merchant decided about the tracking page's "You may also like": whether it
 * shows at all, and the products, by SKU, that come first in it.
 */
public record SuggestionChoice(boolean shown, List<String> pinnedSkus) {

	public static final int MAX_PINS = 4;

	public SuggestionChoice {
		pinnedSkus = List.copyOf(pinnedSkus);
	}

	public static SuggestionChoice defaults() {
		return new SuggestionChoice(true, List.of());
	}

}
