package org.aftersale.orders;

import java.math.BigInteger;

/**
 * An amount of a line (its discount, its tax) as it falls on the line's units, the way
 * Shopify splits it: the first {@code n} of {@code q} units together carry
 * {@code floor(L·n/q)}, so 4 cents over 3 units are 1, 1 and 2, and all units together
 * carry exactly {@code L}. Returns take units in order: whatever the sequence of partial
 * returns, they never carry more than {@code L} and, once every unit is back, exactly
 * {@code L}.
 *
 * @param amountMinor the line's amount, at least 0
 * @param quantity the line's units, at least 1
 */
public record UnitShares(long amountMinor, long quantity) {

	public UnitShares {
		if (amountMinor < 0 || quantity < 1) {
			throw new IllegalArgumentException("an amount of at least 0 over at least one unit");
		}
	}

	/** What the first {@code units} units carry together. */
	public long firstUnits(long units) {
		if (units < 0 || units > quantity) {
			throw new IllegalArgumentException("between 0 and " + quantity + " units");
		}
		// L·n can pass 2^63 for large amounts and quantities.
		return BigInteger.valueOf(amountMinor)
			.multiply(BigInteger.valueOf(units))
			.divide(BigInteger.valueOf(quantity))
			.longValueExact();
	}

	/**
	 * What {@code units} more units carry after {@code taken} have been taken already.
	 */
	public long nextUnits(long taken, long units) {
		if (taken < 0 || units < 0 || taken + units > quantity) {
			throw new IllegalArgumentException(
					"at most " + (quantity - Math.max(taken, 0)) + " more of " + quantity + " units");
		}
		return firstUnits(taken + units) - firstUnits(taken);
	}

}
