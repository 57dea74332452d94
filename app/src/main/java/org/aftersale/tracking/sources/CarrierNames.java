package org.aftersale.tracking.sources;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Our lower-case carrier codes from the names aggregators and shops write. */
final class CarrierNames {

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("ups", "ups"),
			Map.entry("fedex", "fedex"), Map.entry("fedexground", "fedex"), Map.entry("usps", "usps"),
			Map.entry("uspsreturns", "usps"), Map.entry("dhl", "dhl"), Map.entry("dhlexpress", "dhl"),
			Map.entry("dhlecommerce", "dhl"), Map.entry("dhlecs", "dhl"), Map.entry("dhlparcel", "dhl"),
			Map.entry("canadapost", "canadapost"), Map.entry("canadapostes", "canadapost"),
			Map.entry("purolator", "purolator"), Map.entry("ontrac", "ontrac"), Map.entry("lasership", "lasership"),
			Map.entry("royalmail", "royalmail"), Map.entry("dpd", "dpd"), Map.entry("amazon", "amazon"),
			Map.entry("amazonlogistics", "amazon"), Map.entry("amazonshipping", "amazon"));

	private CarrierNames() {
	}

	/**
	 * The known code for a display name ({@code FedEx}, {@code DHL Express}), else the
	 * name lower-cased without punctuation; {@code null} when there is no name.
	 */
	static @Nullable String code(@Nullable String name) {
		if (name == null) {
			return null;
		}
		String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (key.isEmpty()) {
			return null;
		}
		return ALIASES.getOrDefault(key, key);
	}

}
