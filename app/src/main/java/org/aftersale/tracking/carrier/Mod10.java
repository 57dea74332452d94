package org.aftersale.tracking.carrier;

/**
 * The weighted mod 10 family used by UPS, USPS, FedEx Ground, Canada Post and OnTrac:
 * characters at even and odd (zero-based) positions get their own multipliers, letters
 * count as (ASCII code − 3) mod 10, and the check makes the sum a multiple of ten.
 *
 * @param evensMultiplier weight of positions 0, 2, 4, ...
 * @param oddsMultiplier weight of positions 1, 3, 5, ...
 * @param reverse count positions from the right, for formats whose serial length varies
 */
record Mod10(int evensMultiplier, int oddsMultiplier, boolean reverse) implements CheckDigit {

	@Override
	public boolean verifies(String serial, String check) {
		String sequence = reverse ? new StringBuilder(serial).reverse().toString() : serial;
		int total = 0;
		for (int i = 0; i < sequence.length(); i++) {
			total += value(sequence.charAt(i)) * ((i % 2 == 0) ? evensMultiplier : oddsMultiplier);
		}
		int expected = (10 - total % 10) % 10;
		return check.length() == 1 && check.charAt(0) == (char) ('0' + expected);
	}

	// UPS shipper numbers contain letters; the carrier folds them onto digits this way.
	private static int value(char c) {
		return Character.isDigit(c) ? c - '0' : (c - 3) % 10;
	}

}
