package org.aftersale.tracking.page;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and caching of the shopper's tracking page.
 *
 * @param lookupsPerAddress look-ups one IP address may try per window
 * @param lookupsPerOrder look-ups of one order number per window from one address, so a
 * guesser cannot go through e-mails or postal codes of one order, nor lock its shopper
 * out
 * @param lookupWindow the window both limits refill over
 * @param cachedPages how many rendered page models are kept
 * @param cacheTtl upper bound on how stale a cached page can be if an event is missed
 */
@ConfigurationProperties("aftersale.tracking.page")
public record TrackingPageSettings(@DefaultValue("30") int lookupsPerAddress, @DefaultValue("10") int lookupsPerOrder,
		@DefaultValue("15m") Duration lookupWindow, @DefaultValue("10000") int cachedPages,
		@DefaultValue("10m") Duration cacheTtl, @DefaultValue("2s") Duration stateRecheck) {

}
