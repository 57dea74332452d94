package org.aftersale.tracking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A carrier we recognise, as the API names it.
 *
 * @param code our stable lower-case code ({@code ups}, {@code canada_post}, ...), part of
 * the public contract
 * @param name the name shown to merchants and shoppers
 * @param trackingUrlTemplate the carrier's public tracking page with {@code %s} where the
 * tracking number goes
 */
public record Carrier(String code, String name, String trackingUrlTemplate) {

	/**
	 * The page where anyone can follow a parcel of this carrier.
	 * @param number the tracking number; URL-encoded here, so it can be passed as typed
	 */
	public String trackingUrl(String number) {
		return trackingUrlTemplate.replace("%s", URLEncoder.encode(number, StandardCharsets.UTF_8));
	}

}
