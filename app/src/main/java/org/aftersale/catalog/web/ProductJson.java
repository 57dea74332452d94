package org.aftersale.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.catalog.Product;
import org.aftersale.catalog.Variant;
import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * A product as the API shows it; a stable wire shape independent of how the aggregate is
 * stored. Money is a decimal string in {@code currency}.
 */
record ProductJson(UUID id, String source, String externalId, String title, String handle, @Nullable String vendor,
		@Nullable String productType, String status, List<String> tags, @Nullable String imageUrl,
		List<VariantJson> variants, @Nullable Instant sourceUpdatedAt, Instant createdAt, Instant updatedAt) {

	record VariantJson(UUID id, @Nullable String externalId, @Nullable String sku, String title,
			List<String> optionValues, String price, @Nullable String compareAtPrice, String currency,
			@Nullable Long inventoryQuantity, @Nullable String imageUrl) {
	}

	static ProductJson of(Product product) {
		return new ProductJson(product.id().value(), product.source(), product.externalId(), product.title(),
				product.handle(), product.vendor(), product.productType(), product.status().wireName(), product.tags(),
				product.imageUrl(), product.variants().stream().map(ProductJson::variant).toList(),
				product.sourceUpdatedAt(), product.createdAt(), product.updatedAt());
	}

	private static VariantJson variant(Variant v) {
		Money compareAt = v.compareAtPrice();
		return new VariantJson(v.variantId(), v.externalId(), v.sku(), v.title(), v.optionValues(),
				v.price().toString(), compareAt == null ? null : compareAt.toString(), v.currency(),
				v.inventoryQuantity(), v.imageUrl());
	}

}
