package org.aftersale.tracking.page;

import org.jspecify.annotations.Nullable;

/**
 * One product of the page's "You may also like", ready to show.
 *
 * @param url the product's page in the shop, when the store's address and the product's
 * handle are known
 * @param price the price as the shopper's language writes it, or {@code null}
 */
public record PageSuggestion(String title, @Nullable String imageUrl, @Nullable String url, @Nullable String price) {

}
