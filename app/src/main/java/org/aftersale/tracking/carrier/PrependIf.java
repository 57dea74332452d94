package org.aftersale.tracking.carrier;

import java.util.regex.Pattern;

/**
 * A check computed over a longer serial than the one printed: some carriers drop a
 * leading constant from the label (OnTrac's 4 or 5, USPS's 91) but still include it in
 * the check, so it is put back before checking when the serial matches {@code when}.
 */
record PrependIf(Pattern when, String content, CheckDigit check) implements CheckDigit {

	@Override
	public boolean verifies(String serial, String digit) {
		String full = when.matcher(serial).matches() ? content + serial : serial;
		return check.verifies(full, digit);
	}

	@Override
	public String alphabet() {
		return check.alphabet();
	}

}
