package org.aftersale.orders;

import org.jspecify.annotations.Nullable;

/**
 * A product that sold well in a store lately, as its order lines describe it.
 *
 * @param sku the SKU of its most recent line (a product may have several, one per
 * variant)
 * @param title the product title of the most recent line
 * @param imageUrl the image of the most recent line that had one
 * @param unitsSold units over the period asked for
 */
public record BestSeller(String sku, String title, @Nullable String imageUrl, long unitsSold) {

}
