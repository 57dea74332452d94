package org.aftersale.customers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list of customers, with the opaque cursor of the next
 * page ({@code null} on the last).
 */
public record CustomerPage(List<Customer> items, @Nullable String nextCursor) {

}
