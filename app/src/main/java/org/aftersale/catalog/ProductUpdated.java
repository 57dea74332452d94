package org.aftersale.catalog;

import java.time.Instant;
import java.util.List;

import org.aftersale.kernel.StoreId;

/**
 * The shop changed a product; {@code changes} names what changed in words (e.g.
 * "variants", "status").
 */
public record ProductUpdated(StoreId storeId, ProductId productId, String title, ProductStatus status,
		List<String> changes, Instant occurredAt) {

}
