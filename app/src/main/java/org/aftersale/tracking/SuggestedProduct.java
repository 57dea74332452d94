package org.aftersale.tracking;

import org.jspecify.annotations.Nullable;

/**
 * A product shown to a shopper under "you may also like".
 *
 * @param imageUrl an http(s) image, or {@code null}
 */
public record SuggestedProduct(String sku, String title, @Nullable String imageUrl) {

}
