package org.aftersale.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calls the server makes to URLs that merchants set.
 *
 * @param allowPrivate whether those URLs may lead to loopback, private, link-local and
 * other non-public addresses ({@code AFTERSALE_OUTBOUND_ALLOW_PRIVATE}); off, because a
 * merchant could otherwise make the server reach into its own network
 * @param connectTimeout to open a connection
 * @param maxConcurrent calls in flight at once; more wait
 */
@ConfigurationProperties("aftersale.outbound")
public record OutboundSettings(@DefaultValue("false") boolean allowPrivate,
		@DefaultValue("PT10S") Duration connectTimeout, @DefaultValue("32") int maxConcurrent) {

}
