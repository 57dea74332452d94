package org.aftersale.tracking;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How signed tracking links are made.
 *
 * @param linkSecret base64 of at least 32 random bytes ({@code AFTERSALE_LINK_SECRET});
 * when empty, one is generated once into {@code <data dir>/link.key} (mode 600). Changing
 * it invalidates every link already sent.
 * @param linkValidity how long a link works after it is made
 */
@ConfigurationProperties("aftersale.tracking")
public record TrackingLinkSettings(@Nullable String linkSecret, @DefaultValue("90d") Duration linkValidity) {

}
