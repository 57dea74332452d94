package org.aftersale.stores;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A store's two colours with what makes them readable: the text colour to write on each
 * (white or near-black, whichever contrasts more) and an "ink" shade of each for text on
 * white, darkened until it reaches WCAG AA. A merchant may choose any colour; the pages
 * and e-mails stay readable because they use these shades, never the raw colour, for
 * text.
 *
 * @param brand {@code #rrggbb} as the merchant chose it
 * @param accent {@code #rrggbb} as the merchant chose it
 */
public record BrandPalette(String brand, String accent) {

	/** WCAG 2.x AA for body text. */
	public static final double AA_TEXT = 4.5;

	static final String WHITE = "#ffffff";

	static final String DARK = "#111827";

	public BrandPalette {
		if (!Store.COLOR.matcher(brand).matches() || !Store.COLOR.matcher(accent).matches()) {
			throw new IllegalArgumentException("colours must be #rrggbb");
		}
		brand = brand.toLowerCase(Locale.ROOT);
		accent = accent.toLowerCase(Locale.ROOT);
	}

	/** Text written on the brand colour (the page header, buttons). */
	public String onBrand() {
		return readableOn(brand);
	}

	public String onAccent() {
		return readableOn(accent);
	}

	/** The brand colour for links and headings on white. */
	public String brandInk() {
		return inkOnWhite(brand);
	}

	public String accentInk() {
		return inkOnWhite(accent);
	}

	/**
	 * What the merchant should know about their colours: one sentence per colour that
	 * cannot carry white text at AA, saying what Aftersale does instead.
	 */
	public List<String> warnings() {
		List<String> warnings = new ArrayList<>(2);
		warn("Brand colour", brand, warnings);
		warn("Accent colour", accent, warnings);
		return warnings;
	}

	private static void warn(String name, String colour, List<String> warnings) {
		double withWhite = contrast(colour, WHITE);
		if (withWhite < AA_TEXT) {
			warnings.add(String.format(Locale.ROOT,
					"%s %s has a contrast of %.1f:1 with white text, below the 4.5:1 that WCAG AA asks for. "
							+ "Text on it is written in %s, and links use the darker %s.",
					name, colour, withWhite, readableOn(colour).equals(WHITE) ? "white" : "dark grey",
					inkOnWhite(colour)));
		}
	}

	/** The WCAG contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
	public static double contrast(String first, String second) {
		double a = luminance(first);
		double b = luminance(second);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	static String readableOn(String background) {
		return contrast(background, WHITE) >= contrast(background, DARK) ? WHITE : DARK;
	}

	// Darkens in 5 % steps towards black, which contrasts 21:1 with white, so the loop
	// always ends; the first passing shade stays closest to the merchant's colour.
	static String inkOnWhite(String colour) {
		int[] rgb = rgb(colour);
		String shade = colour;
		for (int step = 1; contrast(shade, WHITE) < AA_TEXT; step++) {
			double keep = 1 - step * 0.05;
			shade = hex((int) Math.round(rgb[0] * keep), (int) Math.round(rgb[1] * keep),
					(int) Math.round(rgb[2] * keep));
		}
		return shade;
	}

	private static double luminance(String colour) {
		int[] rgb = rgb(colour);
		return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static int[] rgb(String colour) {
		int value = Integer.parseInt(colour.substring(1), 16);
		return new int[] { (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };
	}

	private static String hex(int r, int g, int b) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
	}

}
