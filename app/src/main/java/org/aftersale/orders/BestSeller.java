package org.aftersale.orders;

import java.util.List;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * A product that sold well in a store lately, as its order lines describe it.
 *
 * @param sku the SKU of its most recent line (a product may have several, one per
 * variant)
 * @param title the product title of the most recent line
 * @param imageUrl the image of the most recent line that had one
 * @param unitsSold units over the period asked for
 * @param unitPrice the unit price of the most recent line
 * @param tags the product tags of the most recent line
 * @param productType the product type of the most recent line that had one
 */
public record BestSeller(String sku, String title, @Nullable String imageUrl, long unitsSold, Money unitPrice,
		List<String> tags, @Nullable String productType) {

}
