package org.aftersale.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outbound webhooks are delivered.
 *
 * @param enabled whether the scheduler sends on its own
 * @param interval pause between two runs of the sender
 * @param claimSize deliveries claimed per run and instance
 * @param lease how long a claimed delivery stays reserved to this instance; after a crash
 * it is sent again once the lease ends
 * @param timeout for the whole request, answer included
 * @param maxAttempts attempts per delivery (and per resend) before it is given up as
 * failed
 * @param initialBackoff wait after the first failed attempt
 * @param backoffMultiplier growth of the wait after each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param jitter fraction by which each wait is randomly shortened or lengthened, so
 * retries of many deliveries do not all hit a recovering receiver at once
 * @param allowPlainHttp whether receivers other than localhost may use {@code http://}
 */
@ConfigurationProperties("aftersale.webhooks")
public record WebhooksSettings(@DefaultValue("true") boolean enabled, @DefaultValue("PT1S") Duration interval,
		@DefaultValue("20") int claimSize, @DefaultValue("PT2M") Duration lease,
		@DefaultValue("PT10S") Duration timeout, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT30S") Duration initialBackoff, @DefaultValue("4") double backoffMultiplier,
		@DefaultValue("PT12H") Duration maxBackoff, @DefaultValue("0.2") double jitter,
		@DefaultValue("false") boolean allowPlainHttp) {

}
