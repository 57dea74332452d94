package org.aftersale.tracking.carrier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aftersale.tracking.Carrier;

/**
 * The carriers we know, their tracking pages and the names shops give them. Where the
 * carrier publishes a page that takes the number in its URL we use it; UPU S10 items have
 * no single tracker, so they go to a universal one.
 */
public final class CarrierDirectory {

	private static final Map<String, Carrier> CARRIERS = new LinkedHashMap<>();

	private static final Map<String, String> ALIASES = new LinkedHashMap<>();

	static {
		add("ups", "UPS", "https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=%s", "United Parcel Service");
		add("fedex", "FedEx", "https://www.fedex.com/apps/fedextrack/?tracknumbers=%s", "Federal Express");
		add("usps", "USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s", "United States Postal Service",
				"US Postal Service", "U.S. Postal Service", "US Mail");
		add("dhl", "DHL", "https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s", "DHL Express",
				"DHL eCommerce");
		add("amazon", "Amazon Logistics", "https://track.amazon.com/tracking/%s", "Amazon", "Amazon Shipping");
		add("ontrac", "OnTrac", "https://www.ontrac.com/tracking/?number=%s");
		// LaserShip merged into OnTrac, whose tracker also answers for LaserShip numbers.
		add("lasership", "LaserShip", "https://www.ontrac.com/tracking/?number=%s", "Laser Ship");
		add("canada_post", "Canada Post",
				"https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=%s", "Postes Canada");
		add("purolator", "Purolator", "https://www.purolator.com/en/shipping/tracker?searchValue=%s");
		add("dpd", "DPD", "https://www.dpdgroup.com/nl/mydpd/my-parcels/track?lang=en&parcelNumber=%s");
		add("royal_mail", "Royal Mail", "https://www.royalmail.com/track-your-item#/tracking-results/%s",
				"Parcelforce");
		add("s10", "UPU S10 international post", "https://t.17track.net/en#nums=%s", "UPU S10", "EMS",
				"International Mail");
		add("canpar", "Canpar", "https://www.canpar.com/en/track/tracking.jsp?reference=%s&locale=en",
				"Canpar Express");
		add("gofo", "GOFO Express", "https://www.gofoexpress.com/tracking.html?searchID=%s");
		add("landmark", "Landmark Global", "https://track.landmarkglobal.com/?search=%s");
		add("old_dominion", "Old Dominion Freight Line",
				"https://www.odfl.com/us/en/tools/trace-track-ltl-freight/trace.html?proNumbers=%s", "Old Dominion",
				"ODFL");
		add("speedee", "Spee-Dee Delivery", "https://www.speedeedelivery.com/track/?tracking=%s", "Spee-Dee",
				"SpeeDee");
		add("yodel", "Yodel", "https://www.yodel.co.uk/tracking/%s");
		add("yunexpress", "YunExpress", "https://www.yuntrack.com/parcelTracking?id=%s", "Yun Express");
	}

	private CarrierDirectory() {
	}

	private static void add(String code, String name, String url, String... aliases) {
		CARRIERS.put(code, new Carrier(code, name, url));
		ALIASES.put(key(code), code);
		ALIASES.put(key(name), code);
		for (String alias : aliases) {
			ALIASES.put(key(alias), code);
		}
	}

	public static List<Carrier> all() {
		return List.copyOf(CARRIERS.values());
	}

	public static Optional<Carrier> byCode(String code) {
		return Optional.ofNullable(CARRIERS.get(code.strip().toLowerCase(Locale.ROOT)));
	}

	/**
	 * The carrier a shop's free-text name means: an exact alias first, then the longest
	 * alias the name starts with ("DHL Express Worldwide", "FedEx Home Delivery", "UPS®
	 * Ground").
	 */
	public static Optional<Carrier> byName(String name) {
		String key = key(name);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		String exact = ALIASES.get(key);
		if (exact != null) {
			return byCode(exact);
		}
		String best = null;
		int bestLength = 0;
		for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
			// Short aliases ("ups", "dhl") only count as a whole first word, so "upstate"
			// is not UPS.
			boolean starts = key.startsWith(alias.getKey())
					&& (alias.getKey().length() >= 4 || startsWithWord(name, alias.getKey()));
			if (starts && alias.getKey().length() > bestLength) {
				best = alias.getValue();
				bestLength = alias.getKey().length();
			}
		}
		return (best != null) ? byCode(best) : Optional.empty();
	}

	private static boolean startsWithWord(String name, String word) {
		String lower = name.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith(word)
				&& (lower.length() == word.length() || !Character.isLetterOrDigit(lower.charAt(word.length())));
	}

	// Case, spaces, punctuation and trademark signs differ between shops; letters and
	// digits do not.
	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
