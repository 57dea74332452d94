package org.aftersale.tracking.carrier;

/**
 * ISO/IEC 7064 MOD 37,36, the hybrid system DPD prints as the last character of its
 * parcel numbers: digits and letters in, one digit or letter out.
 */
record Mod37x36(String alphabet) implements CheckDigit {

	@Override
	public boolean verifies(String serial, String check) {
		int modulus = alphabet.length();
		int product = modulus;
		for (int i = 0; i < serial.length(); i++) {
			int value = alphabet.indexOf(serial.charAt(i));
			if (value < 0) {
				return false;
			}
			int sum = (product + value) % modulus;
			product = ((sum == 0) ? modulus : sum) * 2 % (modulus + 1);
		}
		int expected = (modulus + 1 - product) % modulus;
		return check.length() == 1 && check.charAt(0) == alphabet.charAt(expected);
	}

}
