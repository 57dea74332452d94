/**
 * The products a store sells, as its shop describes them: products with their variants,
 * SKUs, prices, tags, images and inventory. {@link org.aftersale.catalog.Catalog} takes
 * products in exactly once, keyed by their source and external id, and
 * {@link org.aftersale.catalog.CatalogQueries} lets later capabilities (returns,
 * exchanges, credit) look variants up by SKU.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores" })
package org.aftersale.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
