package org.aftersale.stores;

import java.time.Instant;

import org.aftersale.kernel.StoreId;

/**
 * A new store exists and can receive orders.
 */
public record StoreRegistered(StoreId storeId, String slug, String name, Instant occurredAt) {

}
