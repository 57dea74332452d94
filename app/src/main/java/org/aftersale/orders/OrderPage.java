package org.aftersale.orders;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list, with the opaque cursor of the next page
 * ({@code null} on the last).
 */
public record OrderPage<T>(List<T> items, @Nullable String nextCursor) {

}
