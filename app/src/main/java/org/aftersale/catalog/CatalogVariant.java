package org.aftersale.catalog;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * A variant together with the product facts that returns, exchanges and credit decide on
 * (title, status, tags, type), found by SKU without loading whole products.
 *
 * @param handle the product's address in the storefront ({@code /products/{handle}})
 */
public record CatalogVariant(ProductId productId, UUID variantId, String sku, String productTitle, String variantTitle,
		ProductStatus status, List<String> productTags, Money price, @Nullable Money compareAtPrice,
		@Nullable Long inventoryQuantity, @Nullable String imageUrl, String handle, @Nullable String productType) {

}
