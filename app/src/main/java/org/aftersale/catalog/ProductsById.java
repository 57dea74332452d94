package org.aftersale.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;

/**
 * The repository's read of many products, with their variants, in two statements: its own
 * {@code findAllById} reads each product's variants with a statement of their own.
 */
interface ProductsById {

	/** The store's products among these, whole; others are absent. */
	Map<UUID, Product> findAllInStore(StoreId storeId, Collection<UUID> ids);

}
