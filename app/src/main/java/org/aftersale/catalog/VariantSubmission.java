package org.aftersale.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A variant of a product as a shop describes it. Prices are decimal strings in the
 * store's currency.
 *
 * @param externalId the shop's id of the variant, used to keep variant ids stable across
 * updates
 * @param inventoryQuantity units in stock; {@code null} when the shop does not track
 * stock; may be negative when the shop oversold
 */
public record VariantSubmission(@Nullable String externalId, @Nullable String sku, String title, String price,
		@Nullable String compareAtPrice, @Nullable Long inventoryQuantity, @Nullable String imageUrl) {

}
