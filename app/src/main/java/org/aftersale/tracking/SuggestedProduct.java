package org.aftersale.tracking;

import java.util.List;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * A product shown to a shopper under "you may also like", as a provider proposes it; the
 * page completes it from the store's catalog (its storefront link, current price and
 * status) before it is shown.
 *
 * @param imageUrl an http(s) image, or {@code null}
 * @param price what the product sold for lately, when the catalog does not know it
 * @param tags the product's tags, so gift cards can be told apart
 * @param productType the product's type, if known
 */
public record SuggestedProduct(String sku, String title, @Nullable String imageUrl, @Nullable Money price,
		List<String> tags, @Nullable String productType) {

	public SuggestedProduct {
		tags = List.copyOf(tags);
	}

}
