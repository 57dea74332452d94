package org.aftersale.stores;

import java.time.Instant;

import org.aftersale.kernel.StoreId;

/**
 * A store's name, locale or look changed; caches of rendered pages and templates must be
 * refreshed.
 */
public record StoreBrandingChanged(StoreId storeId, Instant occurredAt) {

}
