package org.aftersale.tracking.carrier;

import java.math.BigInteger;

/** DHL Express air waybills: the check digit is the serial modulo 7. */
record Mod7() implements CheckDigit {

	private static final BigInteger SEVEN = BigInteger.valueOf(7);

	@Override
	public boolean verifies(String serial, String check) {
		BigInteger value = new BigInteger(serial);
		// An all-zero serial is a placeholder, never a real waybill.
		if (value.signum() == 0 || check.length() != 1) {
			return false;
		}
		return value.mod(SEVEN).intValue() == check.charAt(0) - '0';
	}

}
