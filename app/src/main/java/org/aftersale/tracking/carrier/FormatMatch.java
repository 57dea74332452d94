package org.aftersale.tracking.carrier;

import java.util.Map;
import java.util.Optional;

import org.aftersale.tracking.CheckDigitStatus;

/**
 * A number read in one format: what its check digit says and which of its codes the
 * carrier's tables know.
 *
 * @param format the format it matched
 * @param checkDigit the check digit's verdict
 * @param recognised meaning of each recognised code, by the pattern group it came from
 * @param checkDigitIndex where the check character sits in the normalized number, or -1
 * when the format has none
 */
public record FormatMatch(TrackingFormat format, CheckDigitStatus checkDigit, Map<String, String> recognised,
		int checkDigitIndex) {

	public FormatMatch {
		recognised = Map.copyOf(recognised);
	}

	/** The service the number encodes (UPS Ground, EMS, ...), when recognised. */
	public Optional<String> service() {
		return Optional.ofNullable(recognised.get("ServiceType"));
	}

	/** The post that issued an international S10 item, when its country has one. */
	public Optional<String> origin() {
		return Optional.ofNullable(recognised.get("OriginPost"));
	}

}
