package org.aftersale.tracking;

import java.time.Instant;

import org.aftersale.kernel.StoreId;

/**
 * A merchant changed the look of their store's tracking page (colours, font, links,
 * banner, custom CSS or HTML); rendered pages must be refreshed.
 */
public record TrackingPageBrandingChanged(StoreId storeId, Instant occurredAt) {

}
