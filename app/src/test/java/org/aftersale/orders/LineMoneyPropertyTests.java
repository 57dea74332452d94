package org.aftersale.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic refunds stand on (#18): a line's units carry exactly what was paid for
 * it, no sequence of partial returns gives back more, the total does not depend on how
 * the returns are split, and an order-level amount spreads over lines exactly.
 */
class LineMoneyPropertyTests {

	@Property(tries = 2000)
	void unitsTogetherCarryTheWholeAmountInNonDecreasingSteps(@ForAll @LongRange(max = 10_000_000_000L) long amount,
			@ForAll @LongRange(min = 1, max = 100_000) long quantity) {
		UnitShares shares = new UnitShares(amount, quantity);

		assertThat(shares.firstUnits(quantity)).isEqualTo(amount);
		assertThat(shares.firstUnits(0)).isZero();
		long one = amount / quantity;
		for (long n : new long[] { 1, quantity / 2, quantity - 1 }) {
			if (n >= 1 && n < quantity) {
				long unit = shares.nextUnits(n - 1, 1);
				// Every unit carries the floor or one more: no unit is favoured.
				assertThat(unit).isBetween(one, one + 1);
			}
		}
	}

	@Property(tries = 2000)
	void anySplitOfReturnsGivesBackExactlyWhatWasPaidAndNeverMore(@ForAll("lines") LineItem line,
			@ForAll boolean taxesIncluded, @ForAll("seeds") long seed) {
		java.util.Random random = new java.util.Random(seed);
		long returned = 0;
		long given = 0;
		List<Long> steps = new ArrayList<>();
		while (returned < line.quantity()) {
			long units = 1 + (long) (random.nextDouble() * (line.quantity() - returned));
			given += line.refundMinor(returned, units, taxesIncluded);
			returned += units;
			steps.add(units);
			assertThat(given).as("after returning %s", steps).isLessThanOrEqualTo(line.paidMinor(taxesIncluded));
		}
		assertThat(given).isEqualTo(line.paidMinor(taxesIncluded));
		// One return of everything gives the same.
		assertThat(line.refundMinor(0, line.quantity(), taxesIncluded)).isEqualTo(line.paidMinor(taxesIncluded));
	}

	@Property(tries = 2000)
	void anOrderLevelAmountSpreadsExactlyAndNoLineGetsMoreThanItsWeight(
			@ForAll @Size(min = 1, max = 30) List<@LongRange(max = 1_000_000) Long> weights,
			@ForAll @LongRange(max = 50_000_000) long amount) {
		long[] w = weights.stream().mapToLong(Long::longValue).toArray();
		long total = weights.stream().mapToLong(Long::longValue).sum();

		long[] shares = LargestRemainder.spread(amount, w);

		assertThat(java.util.Arrays.stream(shares).sum()).isEqualTo(Math.min(amount, total));
		for (int i = 0; i < w.length; i++) {
			assertThat(shares[i]).isBetween(0L, w[i]);
			if (total > 0) {
				// Within a cent of the exact proportional share.
				double exact = (double) Math.min(amount, total) * w[i] / total;
				assertThat((double) shares[i]).isBetween(Math.floor(exact) - 1e-6, Math.ceil(exact) + 1e-6);
			}
		}
	}

	@Example
	void shopifySplitsFourCentsOverThreeUnitsAsOneOneTwo() {
		UnitShares shares = new UnitShares(4, 3);

		assertThat(List.of(shares.nextUnits(0, 1), shares.nextUnits(1, 1), shares.nextUnits(2, 1))).containsExactly(1L,
				1L, 2L);
	}

	@Provide
	Arbitrary<LineItem> lines() {
		Arbitrary<Long> quantity = Arbitraries.longs().between(1, 500);
		Arbitrary<Long> price = Arbitraries.longs().between(0, 10_000_000);
		Arbitrary<Double> discountPart = Arbitraries.doubles().between(0, 1);
		Arbitrary<Long> tax = Arbitraries.longs().between(0, 5_000_000);
		return Combinators.combine(quantity, price, discountPart, tax).as((q, p, d, t) -> {
			long discount = (long) Math.floor(p * q * d);
			return new LineItem(UUID.randomUUID(), null, "SKU", "Line", null, q, p, discount, t, null, null, null, "",
					null);
		});
	}

	@Provide
	Arbitrary<Long> seeds() {
		return Arbitraries.longs();
	}

}
