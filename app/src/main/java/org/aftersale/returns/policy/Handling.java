package org.aftersale.returns.policy;

import org.jspecify.annotations.Nullable;

/**
 * What happens after a return is approved: how long the shopper has to send it before it
 * lapses (its label voided), and when each resolution is processed.
 *
 * @param shipWithinDays days after approval for the parcel's first carrier scan
 * @param flagAfterReturns returns in the last 12 months from which the queue flags a
 * shopper (any return the team marked as fraud flags them too)
 */
public record Handling(int shipWithinDays, @Nullable ProcessingPoint refund, @Nullable ProcessingPoint storeCredit,
		@Nullable ProcessingPoint exchange, int flagAfterReturns) {

	public static final int STANDARD_SHIP_WITHIN_DAYS = 14;

	/** Returns in 12 months from which a shopper is flagged in the queue. */
	public static final int STANDARD_FLAG_AFTER_RETURNS = 5;

	public Handling {
		shipWithinDays = shipWithinDays == 0 ? STANDARD_SHIP_WITHIN_DAYS : shipWithinDays;
		flagAfterReturns = flagAfterReturns == 0 ? STANDARD_FLAG_AFTER_RETURNS : flagAfterReturns;
		refund = refund == null ? ProcessingPoint.INSPECTION : refund;
		storeCredit = storeCredit == null ? ProcessingPoint.INSPECTION : storeCredit;
		exchange = exchange == null ? ProcessingPoint.INSPECTION : exchange;
	}

	/** Two weeks to send, everything processed once the team has inspected it. */
	public static Handling standard() {
		return new Handling(STANDARD_SHIP_WITHIN_DAYS, null, null, null, STANDARD_FLAG_AFTER_RETURNS);
	}

	public ProcessingPoint point(Resolution resolution) {
		return switch (resolution) {
			case REFUND -> refund;
			case STORE_CREDIT -> storeCredit;
			case EXCHANGE -> exchange;
		};
	}

}
