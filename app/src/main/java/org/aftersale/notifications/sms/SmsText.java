package org.aftersale.notifications.sms;

/**
 * The text of an SMS as the network bills it. A text in the GSM 7-bit alphabet takes 160
 * characters in one segment and 153 in each of several (the rest carries the
 * concatenation header); one character outside it makes the whole text UCS-2, 70 and 67
 * code units. Characters of the GSM extension table ({@code €[]{}|^~\}) take two septets.
 * We keep texts within two segments: a third costs a third more and may arrive out of
 * order on some networks.
 */
final class SmsText {

	static final int MAX_SEGMENTS = 2;

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

	private SmsText() {
	}

	/** Whether the whole text can go in the GSM 7-bit alphabet. */
	static boolean isGsm(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (septets(text.charAt(i)) == 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Its length in the unit of its encoding: septets for GSM, UTF-16 units for UCS-2.
	 */
	static int units(String text) {
		if (!isGsm(text)) {
			return text.length();
		}
		int units = 0;
		for (int i = 0; i < text.length(); i++) {
			units += septets(text.charAt(i));
		}
		return units;
	}

	/** How many segments the text is sent in. */
	static int segments(String text) {
		boolean gsm = isGsm(text);
		int units = units(text);
		int single = gsm ? 160 : 70;
		int multi = gsm ? 153 : 67;
		if (units <= single) {
			return 1;
		}
		return (units + multi - 1) / multi;
	}

	/** The most a text of that encoding may have to stay within {@link #MAX_SEGMENTS}. */
	static int limit(boolean gsm) {
		return MAX_SEGMENTS * (gsm ? 153 : 67);
	}

	/**
	 * The text cut to fit {@link #MAX_SEGMENTS}: the words before the trailing link are
	 * shortened at a word boundary and marked with an ellipsis, and the link is kept
	 * whole, since it is what the shopper needs.
	 */
	static String fit(String text) {
		String clean = text.strip();
		if (segments(clean) <= MAX_SEGMENTS) {
			return clean;
		}
		String link = "";
		String words = clean;
		int lastSpace = Math.max(clean.lastIndexOf(' '), clean.lastIndexOf('\n'));
		String last = clean.substring(lastSpace + 1);
		if (last.startsWith("http://") || last.startsWith("https://")) {
			link = last;
			words = clean.substring(0, Math.max(lastSpace, 0)).strip();
		}
		boolean gsm = isGsm(clean);
		String ellipsis = gsm ? "..." : "…";
		int room = limit(gsm) - units(link) - (link.isEmpty() ? 0 : 1) - units(ellipsis);
		if (room <= 0) {
			// A link too long for two segments alone: send it as it is rather than a
			// broken one.
			return link;
		}
		String cut = cut(words, room, gsm);
		return cut + ellipsis + (link.isEmpty() ? "" : "\n" + link);
	}

	// The longest prefix within room units, ending at a word boundary when there is one.
	private static String cut(String words, int room, boolean gsm) {
		int used = 0;
		int end = 0;
		while (end < words.length()) {
			char c = words.charAt(end);
			int width = gsm ? septets(c) : 1;
			boolean pair = Character.isHighSurrogate(c) && end + 1 < words.length();
			if (pair) {
				width = 2;
			}
			if (used + width > room) {
				break;
			}
			used += width;
			end += pair ? 2 : 1;
		}
		String prefix = words.substring(0, end);
		if (end < words.length() && !Character.isWhitespace(words.charAt(end))) {
			int space = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf('\n'));
			if (space > prefix.length() / 2) {
				prefix = prefix.substring(0, space);
			}
		}
		return prefix.stripTrailing();
	}

	private static int septets(char c) {
		if (GSM_BASIC.indexOf(c) >= 0) {
			return 1;
		}
		return GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 0;
	}

}
