package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A refund on an order, as its source describes it. Amounts are decimal strings in the
 * order's currency.
 *
 * @param externalId the shop's id of the refund; a second refund with the same id is the
 * same refund
 * @param amount the money given back (lines, shipping, adjustments), or {@code null} for
 * what the lines add up to
 * @param origin who made it: the shop, whose figures are facts to record, or Aftersale,
 * which may never give back more than was paid
 */
public record RefundSubmission(@Nullable String externalId, @Nullable String amount, @Nullable String note, Instant at,
		List<Line> lines, Origin origin) {

	public RefundSubmission {
		lines = List.copyOf(lines);
	}

	/** A refund of money alone, without lines. */
	public static RefundSubmission ofAmount(@Nullable String externalId, String amount, @Nullable String note,
			Instant at) {
		return new RefundSubmission(externalId, amount, note, at, List.of(), Origin.SHOP);
	}

	public enum Origin {

		SHOP, AFTERSALE

	}

	/**
	 * Units of one line. The line is named by the shop's line id or by Aftersale's.
	 * Without amounts, the units' share of what the line cost is taken, unit by unit as
	 * {@link UnitShares} splits it.
	 */
	public record Line(@Nullable String lineExternalId, @Nullable UUID lineId, long quantity, @Nullable String amount,
			@Nullable String tax, boolean restock) {

	}

}
