package org.aftersale.tracking;

import java.time.Instant;

/**
 * A signed link to an order's tracking page that works without a look-up until it
 * expires.
 *
 * @param url absolute, on the server's public URL
 * @param expiresAt after this the page answers "not found"
 */
public record TrackingLink(String url, Instant expiresAt) {

}
