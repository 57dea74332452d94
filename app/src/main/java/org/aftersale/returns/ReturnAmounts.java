package org.aftersale.returns;

/**
 * What a return comes to, in minor units of the order's currency: the items at their
 * price, less their share of the order's discounts, plus their share of its tax (unless
 * prices included it), less fees; given back as a refund or as store credit.
 */
public record ReturnAmounts(long itemsMinor, long discountMinor, long taxMinor, long feesMinor, long refundMinor,
		long creditMinor) {

	/** What the items give back before fees. */
	public long valueMinor() {
		return itemsMinor - discountMinor + taxMinor;
	}

}
