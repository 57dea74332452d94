package org.aftersale.returns.policy;

import java.util.List;

/**
 * A reason the shopper may give, with its own finer reasons (sizes: "too small", "too
 * large"), and whether it needs photos.
 *
 * @param code the stable code reports and rules use ({@code too_small})
 * @param label what the shopper reads, in the store's language
 */
public record ReturnReason(String code, String label, List<ReturnReason> subReasons, boolean photosRequired) {

	public ReturnReason {
		subReasons = subReasons == null ? List.of() : List.copyOf(subReasons);
	}

	public static ReturnReason of(String code, String label) {
		return new ReturnReason(code, label, List.of(), false);
	}

}
