package org.aftersale.orders;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spreads an amount the shop gave only for the whole order (a discount, a tax) over its
 * lines in proportion to each line's weight (its subtotal), by largest remainder: each
 * line first gets the floor of its exact share, and the cents left go one each to the
 * lines with the largest fractions, ties to the line that comes first. The shares add up
 * to the amount exactly and no line gets more than its weight; an amount above the
 * weights' sum is spread only up to that sum.
 */
final class LargestRemainder {

	private LargestRemainder() {
	}

	/**
	 * @param amount what to spread, at least 0
	 * @param weights each line's weight (its cap as well), at least 0, in the lines'
	 * order
	 * @return each line's share, in the same order
	 */
	static long[] spread(long amount, long[] weights) {
		if (amount < 0) {
			throw new IllegalArgumentException("amount must be at least 0");
		}
		long total = 0;
		for (long weight : weights) {
			if (weight < 0) {
				throw new IllegalArgumentException("weights must be at least 0");
			}
			total = Math.addExact(total, weight);
		}
		long[] shares = new long[weights.length];
		if (total == 0 || amount == 0) {
			return shares;
		}
		long spreadable = Math.min(amount, total);
		BigInteger whole = BigInteger.valueOf(total);
		List<long[]> fractions = new ArrayList<>();
		long given = 0;
		for (int i = 0; i < weights.length; i++) {
			BigInteger[] division = BigInteger.valueOf(spreadable)
				.multiply(BigInteger.valueOf(weights[i]))
				.divideAndRemainder(whole);
			shares[i] = division[0].longValueExact();
			given += shares[i];
			// The remainder over the same whole orders the fractions exactly.
			fractions.add(new long[] { division[1].longValueExact(), i });
		}
		fractions.sort(Comparator.<long[]>comparingLong(f -> -f[0]).thenComparingLong(f -> f[1]));
		for (int k = 0; given < spreadable; k++) {
			shares[(int) fractions.get(k)[1]]++;
			given++;
		}
		return shares;
	}

}
