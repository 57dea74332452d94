package org.aftersale.tracking.carrier;

/** The Luhn algorithm (ISO/IEC 7812), used by Purolator and Old Dominion. */
record Luhn() implements CheckDigit {

	@Override
	public boolean verifies(String serial, String check) {
		int total = 0;
		for (int i = 0; i < serial.length(); i++) {
			int digit = serial.charAt(serial.length() - 1 - i) - '0';
			// Doubling starts next to the check digit, i.e. at the serial's rightmost
			// digit.
			if (i % 2 == 0) {
				digit *= 2;
				digit = (digit > 9) ? digit - 9 : digit;
			}
			total += digit;
		}
		int expected = (10 - total % 10) % 10;
		return check.length() == 1 && check.charAt(0) - '0' == expected;
	}

}
