package org.aftersale.catalog.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.aftersale.catalog.ProductSubmission;
import org.aftersale.catalog.VariantSubmission;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/products}. {@code updatedAt} is when the shop last
 * changed the product, as for orders.
 */
record ProductRequest(@Nullable String source, @Nullable String externalId, @Nullable String title,
		@Nullable String handle, @Nullable String vendor, @Nullable String productType, @Nullable String status,
		@Nullable List<String> tags, @Nullable String imageUrl, @Nullable OffsetDateTime updatedAt,
		@Nullable List<VariantJson> variants) {

	record VariantJson(@Nullable String externalId, @Nullable String sku, @Nullable String title,
			@Nullable String price, @Nullable String compareAtPrice, @Nullable Long inventoryQuantity,
			@Nullable String imageUrl) {
	}

	@SuppressWarnings("NullAway")
	ProductSubmission toSubmission() {
		return new ProductSubmission(source == null || source.isBlank() ? "api" : source.strip(), externalId, title,
				handle, vendor, productType, status, tags, imageUrl, updatedAt == null ? null : updatedAt.toInstant(),
				variants == null ? null
						: variants.stream()
							.map(v -> v == null ? null
									: new VariantSubmission(v.externalId(), v.sku(), v.title(), v.price(),
											v.compareAtPrice(), v.inventoryQuantity(), v.imageUrl()))
							.toList());
	}

}
