package org.aftersale.catalog;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * A variant together with the product facts that returns, exchanges and credit decide on
 * (title, status, tags), found by SKU without loading whole products.
 */
public record CatalogVariant(ProductId productId, UUID variantId, String sku, String productTitle, String variantTitle,
		ProductStatus status, List<String> productTags, Money price, @Nullable Money compareAtPrice,
		@Nullable Long inventoryQuantity, @Nullable String imageUrl) {

}
