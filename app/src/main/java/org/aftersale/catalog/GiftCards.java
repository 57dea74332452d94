package org.aftersale.catalog;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells a gift card from merchandise by what shops call it: Shopify's gift card product
 * type, and the tags and titles merchants give them. A gift card is never suggested to a
 * shopper as "you may also like", nor returned as a product.
 */
public final class GiftCards {

	private static final Pattern GIFT_CARD = Pattern.compile(
			"gift[\\s_-]?card|e-?gift|gift[\\s_-]?certificate|gutschein|carte[\\s_-]cadeau|tarjeta[\\s_-]regalo|vale[\\s_-]presente|cart[aã]o[\\s_-]presente");

	private GiftCards() {
	}

	public static boolean isGiftCard(@Nullable String title, @Nullable String productType, List<String> tags) {
		return matches(productType) || matches(title) || tags.stream().anyMatch(GiftCards::matches);
	}

	private static boolean matches(@Nullable String text) {
		return text != null && GIFT_CARD.matcher(text.toLowerCase(Locale.ROOT)).find();
	}

}
