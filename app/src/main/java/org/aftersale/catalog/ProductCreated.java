package org.aftersale.catalog;

import java.time.Instant;
import java.util.List;

import org.aftersale.kernel.StoreId;

/**
 * A product became known to Aftersale for the first time.
 */
public record ProductCreated(StoreId storeId, ProductId productId, String source, String externalId, String title,
		ProductStatus status, List<String> skus, Instant occurredAt) {

}
