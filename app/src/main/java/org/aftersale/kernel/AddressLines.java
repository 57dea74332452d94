package org.aftersale.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An address in the lines its country writes it, for labels, e-mails and pages. The
 * formats follow the postal conventions published in Google's address metadata
 * (libaddressinput), written with its letters: N name, A street lines, C city, S region,
 * Z postal code, and {@code |} between lines. Countries not listed use the most common
 * shape, street then city, region and postal code.
 */
public final class AddressLines {

	private static final String DEFAULT = "N|A|C S Z";

	private static final String CITY_AFTER_CODE = "N|A|Z C";

	private static final Map<String, String> FORMATS = Map.ofEntries(Map.entry("US", "N|A|C, S Z"),
			Map.entry("CA", "N|A|C S Z"), Map.entry("AU", "N|A|C S Z"), Map.entry("NZ", "N|A|C Z"),
			Map.entry("GB", "N|A|C|Z"), Map.entry("IE", "N|A|C|S|Z"), Map.entry("IN", "N|A|C Z|S"),
			Map.entry("BR", "N|A|C-S|Z"), Map.entry("MX", "N|A|Z C, S"), Map.entry("AR", "N|A|Z C|S"),
			Map.entry("ES", "N|A|Z C|S"), Map.entry("IT", "N|A|Z C S"), Map.entry("JP", "N|A|C, S|Z"),
			Map.entry("CN", "N|A|C|S, Z"), Map.entry("KR", "N|A|C|S|Z"), Map.entry("SG", "N|A|C Z"),
			Map.entry("ZA", "N|A|C|Z"), Map.entry("DE", CITY_AFTER_CODE), Map.entry("FR", CITY_AFTER_CODE),
			Map.entry("NL", CITY_AFTER_CODE), Map.entry("BE", CITY_AFTER_CODE), Map.entry("AT", CITY_AFTER_CODE),
			Map.entry("CH", CITY_AFTER_CODE), Map.entry("PT", CITY_AFTER_CODE), Map.entry("PL", CITY_AFTER_CODE),
			Map.entry("SE", CITY_AFTER_CODE), Map.entry("NO", CITY_AFTER_CODE), Map.entry("DK", CITY_AFTER_CODE),
			Map.entry("FI", CITY_AFTER_CODE), Map.entry("CZ", CITY_AFTER_CODE), Map.entry("LU", CITY_AFTER_CODE));

	private AddressLines() {
	}

	/**
	 * The address's lines, blank parts left out, ending with the country's name in the
	 * reader's language.
	 */
	public static List<String> of(Address address, Locale reader) {
		String country = address.country() == null ? "" : address.country().toUpperCase(Locale.ROOT);
		List<String> lines = new ArrayList<>();
		for (String line : FORMATS.getOrDefault(country, DEFAULT).split("\\|")) {
			if (line.equals("A")) {
				add(lines, address.line1());
				add(lines, address.line2());
				continue;
			}
			add(lines, fill(line, address));
		}
		if (!country.isEmpty()) {
			String name = new Locale("", country).getDisplayCountry(reader);
			add(lines, name.isBlank() ? country : name);
		}
		return lines;
	}

	// Fills letters in place; separators around a blank part go with it, so a missing
	// region leaves "Springfield 62701", not "Springfield, 62701".
	private static String fill(String format, Address address) {
		StringBuilder line = new StringBuilder();
		String pendingSeparator = "";
		for (int i = 0; i < format.length(); i++) {
			char letter = format.charAt(i);
			String value = switch (letter) {
				case 'N' -> address.name();
				case 'C' -> address.city();
				case 'S' -> address.region();
				case 'Z' -> address.postalCode();
				default -> null;
			};
			if (value == null && "NCSZ".indexOf(letter) < 0) {
				pendingSeparator += letter;
				continue;
			}
			if (value != null && !value.isBlank()) {
				line.append(line.isEmpty() ? "" : pendingSeparator).append(value.strip());
			}
			pendingSeparator = "";
		}
		return line.toString();
	}

	private static void add(List<String> lines, String line) {
		if (line != null && !line.isBlank()) {
			lines.add(line.strip());
		}
	}

}
