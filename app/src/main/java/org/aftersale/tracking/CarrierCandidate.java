package org.aftersale.tracking;

import java.util.Comparator;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One carrier a tracking number may belong to, with the evidence it was ranked by.
 *
 * @param carrier the carrier
 * @param format the name of the carrier's format the number matched
 * @param checkDigit whether the format has a check digit and whether the number passes it
 * @param recognisedCodes how many codes inside the number (service type, country) the
 * carrier's tables know
 * @param specificity how many leading characters the format fixes (1Z, TBA, ...)
 * @param service the service the number encodes, when recognised
 * @param origin the post that issued an international S10 item, when known
 */
public record CarrierCandidate(Carrier carrier, String format, CheckDigitStatus checkDigit, int recognisedCodes,
		int specificity, @Nullable String service, @Nullable String origin) {

	/**
	 * Most likely first: check digit, then recognised codes, then the more specific
	 * format.
	 */
	public static final Comparator<CarrierCandidate> MOST_LIKELY_FIRST = Comparator
		.comparing(CarrierCandidate::checkDigit)
		.thenComparing(Comparator.comparingInt(CarrierCandidate::recognisedCodes).reversed())
		.thenComparing(Comparator.comparingInt(CarrierCandidate::specificity).reversed());

	/**
	 * Whether the number carries a check digit in this carrier's format and it verifies.
	 * Never true for a format without a check digit, nor for one whose check digit fails.
	 */
	public boolean checksumValid() {
		return checkDigit == CheckDigitStatus.PASSED;
	}

	/** The name to show: the issuing post for S10 items, otherwise the carrier's name. */
	public String label() {
		return Optional.ofNullable(origin).map(post -> post + " (" + carrier.name() + ")").orElse(carrier.name());
	}

}
