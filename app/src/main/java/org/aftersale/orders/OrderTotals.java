package org.aftersale.orders;

/**
 * The order's totals in minor units of its currency, as the shop computed them.
 *
 * @param taxesIncluded whether the prices include tax
 */
record OrderTotals(long subtotalMinor, long shippingMinor, long taxMinor, long discountMinor, long totalMinor,
		boolean taxesIncluded) {

	static OrderTotals zero() {
		return new OrderTotals(0, 0, 0, 0, 0, false);
	}

}
