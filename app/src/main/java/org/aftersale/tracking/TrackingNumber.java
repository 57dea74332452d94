package org.aftersale.tracking;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parcel's tracking number in two forms: as the merchant or carrier wrote it, and
 * normalized (upper case, no spaces or dashes) for matching. Carriers print numbers in
 * groups ({@code 1Z 999 AA1 01 2345 6784}) but scan them without.
 */
public record TrackingNumber(String display, String normalized) {

	private static final Pattern NORMALIZED = Pattern.compile("[A-Z0-9]{4,40}");

	/**
	 * @return the number, empty when it cannot be a tracking number of any carrier (too
	 * short, too long or with other characters than letters and digits)
	 */
	public static Optional<TrackingNumber> parse(String raw) {
		String display = raw.strip();
		String normalized = normalize(display);
		if (display.length() > 64 || !NORMALIZED.matcher(normalized).matches()) {
			return Optional.empty();
		}
		return Optional.of(new TrackingNumber(display, normalized));
	}

	public static String normalize(String raw) {
		return raw.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

}
