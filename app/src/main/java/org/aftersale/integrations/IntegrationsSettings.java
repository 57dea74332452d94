package org.aftersale.integrations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the shop adapters.
 *
 * @param shopify how the Shopify Admin API is reached and paced
 */
@ConfigurationProperties("aftersale.integrations")
public record IntegrationsSettings(@DefaultValue Shopify shopify) {

	/**
	 * @param baseUrlTemplate {@code %s} is replaced by the shop domain; tests point it at
	 * a local stub
	 * @param backfillMonths how far back history is fetched on connect
	 * @param throttlePause pause when the call-limit bucket is nearly full
	 * @param retryBackoff first wait before retrying a 5xx; doubles on each attempt
	 * @param maxAttempts attempts per request before the page is left for the next run
	 * @param backfillSlice how long one scheduler run keeps fetching pages of one job
	 */
	public record Shopify(@DefaultValue("https://%s") String baseUrlTemplate,
			@DefaultValue("2026-10") String apiVersion, @DefaultValue("12") int backfillMonths,
			@DefaultValue("PT1S") Duration throttlePause, @DefaultValue("PT1S") Duration retryBackoff,
			@DefaultValue("5") int maxAttempts, @DefaultValue("PT15S") Duration timeout,
			@DefaultValue("PT20S") Duration backfillSlice) {

		public String baseUrl(String shopDomain) {
			return String.format(baseUrlTemplate, shopDomain);
		}

		public String apiPath(String resource) {
			return "/admin/api/" + apiVersion + "/" + resource;
		}

	}

}
