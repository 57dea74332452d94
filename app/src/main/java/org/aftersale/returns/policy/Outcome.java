package org.aftersale.returns.policy;

import java.util.Locale;

/**
 * What the policy says about an item: it may be returned, it may not, or someone of the
 * team decides.
 */
public enum Outcome {

	ALLOW, REVIEW, DENY;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The stricter of the two: a denial beats a review, a review beats an allowance. */
	Outcome and(Outcome other) {
		return other.ordinal() > ordinal() ? other : this;
	}

}
