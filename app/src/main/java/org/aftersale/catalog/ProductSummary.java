package org.aftersale.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What pages, messages and rules need of a product a shop sold: how to show it and how to
 * classify it, found by the shop's own id for it.
 *
 * @param externalId the shop's id of the product (Shopify's numeric product id)
 * @param handle the product's address in the storefront ({@code /products/{handle}})
 */
public record ProductSummary(String externalId, String title, @Nullable String handle, @Nullable String productType,
		List<String> tags, @Nullable String imageUrl) {

	public ProductSummary {
		tags = List.copyOf(tags);
	}

}
