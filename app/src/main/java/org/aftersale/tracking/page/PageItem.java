package org.aftersale.tracking.page;

import org.jspecify.annotations.Nullable;

/**
 * An order line as the shopper sees it.
 *
 * @param imageUrl http(s) only, else {@code null}
 */
public record PageItem(String title, @Nullable String variantTitle, @Nullable String imageUrl, long quantity) {

}
