package org.aftersale.tracking;

/**
 * What the check digit says about a tracking number read in one carrier's format. The
 * order is the ranking: a verified check digit is stronger evidence than a format that
 * has none, and a failed one is the weakest.
 */
public enum CheckDigitStatus {

	/** The format has a check digit and the number's one is right. */
	PASSED,

	/** The format prints no check digit, so only its shape was matched. */
	ABSENT,

	/**
	 * The format has a check digit and the number's one is wrong: a typo or another
	 * carrier.
	 */
	FAILED

}
