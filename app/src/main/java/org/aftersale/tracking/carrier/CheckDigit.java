package org.aftersale.tracking.carrier;

/**
 * One check-digit algorithm: decides whether a serial and the check character printed
 * after it belong together. Implementations are stateless and never throw for input that
 * a format's pattern accepted.
 */
public interface CheckDigit {

	/**
	 * @param serial the characters the check is computed over, already normalized
	 * @param check the printed check character
	 * @return whether the check character is the one the serial demands
	 */
	boolean verifies(String serial, String check);

	/** The characters a check can be, so tests can try every wrong one. */
	default String alphabet() {
		return "0123456789";
	}

}
