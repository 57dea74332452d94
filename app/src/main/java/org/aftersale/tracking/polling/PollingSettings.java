package org.aftersale.tracking.polling;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How carriers' tracking APIs are polled.
 *
 * @param enabled whether the scheduler polls on its own; the build turns it off for
 * tests, which drive the poller themselves
 * @param interval pause between two scheduler runs
 * @param claimSize shipments claimed per run and instance
 * @param lease how long a claimed shipment stays reserved to this instance; after a crash
 * it is polled again once the lease ends
 * @param timeout connect and request timeout of one carrier call
 */
@ConfigurationProperties("aftersale.tracking.polling")
public record PollingSettings(@DefaultValue("true") boolean enabled, @DefaultValue("PT30S") Duration interval,
		@DefaultValue("50") int claimSize, @DefaultValue("PT15M") Duration lease,
		@DefaultValue("PT20S") Duration timeout, @DefaultValue Api ups, @DefaultValue Api fedex, @DefaultValue Api usps,
		@DefaultValue Api dhl) {

	/**
	 * @param baseUrl the carrier's API host; empty = its production host
	 * @param requestsPerSecond sustained calls per store (tokens excluded)
	 * @param burst calls allowed at once after a quiet period
	 */
	public record Api(@Nullable String baseUrl, @DefaultValue("2") double requestsPerSecond,
			@DefaultValue("5") int burst) {

		String baseUrlOr(String production) {
			String url = (baseUrl == null || baseUrl.isBlank()) ? production : baseUrl.strip();
			return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		}

	}

	Api api(String carrier) {
		return switch (carrier) {
			case "ups" -> ups;
			case "fedex" -> fedex;
			case "usps" -> usps;
			case "dhl" -> dhl;
			default -> throw new IllegalArgumentException("no tracking API for " + carrier);
		};
	}

}
