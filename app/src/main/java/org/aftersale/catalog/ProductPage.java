package org.aftersale.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list of products, with the opaque cursor of the next
 * page ({@code null} on the last).
 */
public record ProductPage(List<Product> items, @Nullable String nextCursor) {

}
