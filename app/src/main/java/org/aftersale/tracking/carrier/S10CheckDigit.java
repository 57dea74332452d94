package org.aftersale.tracking.carrier;

/**
 * UPU standard S10 for international postal items: the eight serial digits weighted 8, 6,
 * 4, 2, 3, 5, 9, 7 modulo 11, where a remainder of 0 gives 5 and 1 gives 0.
 */
record S10CheckDigit() implements CheckDigit {

	private static final int[] WEIGHTS = { 8, 6, 4, 2, 3, 5, 9, 7 };

	@Override
	public boolean verifies(String serial, String check) {
		if (serial.length() != WEIGHTS.length || check.length() != 1) {
			return false;
		}
		int total = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			total += (serial.charAt(i) - '0') * WEIGHTS[i];
		}
		int remainder = total % 11;
		int expected = switch (remainder) {
			case 0 -> 5;
			case 1 -> 0;
			default -> 11 - remainder;
		};
		return check.charAt(0) - '0' == expected;
	}

}
