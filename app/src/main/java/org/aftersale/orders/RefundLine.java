package org.aftersale.orders;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * What one refund gave back of one line: {@code quantity} units (0 for money alone, such
 * as a price adjustment), their goods amount after discounts and their tax, in minor
 * units of the order's currency.
 *
 * @param restock whether the units went back into the shop's stock
 */
@Table(schema = "orders", name = "refund_line")
public record RefundLine(UUID refundId, UUID lineId, long quantity, long amountMinor, long taxMinor, boolean restock) {

	public RefundLine {
		if (quantity < 0 || amountMinor < 0 || taxMinor < 0) {
			throw new IllegalArgumentException("a refund line's quantity and amounts are at least 0");
		}
	}

	/** What the line's refund gave back: goods and tax, unless the prices included it. */
	public long totalMinor(boolean taxesIncluded) {
		return amountMinor + (taxesIncluded ? 0 : taxMinor);
	}

}
