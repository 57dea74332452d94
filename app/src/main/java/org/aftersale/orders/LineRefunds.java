package org.aftersale.orders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the refunds of an order gave back of each line, and what a refund of more units
 * gives back: the units' price less their share of the line's discounts, with their share
 * of its tax, taken unit after unit as {@link UnitShares} splits them. So however the
 * returns of a line are split, together they give back exactly what the line cost and
 * never more.
 */
public final class LineRefunds {

	private final List<RefundLine> refunded;

	private final boolean taxesIncluded;

	private final Map<UUID, Long> units = new HashMap<>();

	private final Map<UUID, Long> amounts = new HashMap<>();

	public LineRefunds(Collection<RefundLine> refunded, boolean taxesIncluded) {
		this.refunded = List.copyOf(refunded);
		this.taxesIncluded = taxesIncluded;
		for (RefundLine line : refunded) {
			units.merge(line.lineId(), line.quantity(), Long::sum);
			amounts.merge(line.lineId(), line.totalMinor(taxesIncluded), Long::sum);
		}
	}

	/** These refunds and {@code more} after them. */
	LineRefunds with(Collection<RefundLine> more) {
		List<RefundLine> all = new ArrayList<>(refunded);
		all.addAll(more);
		return new LineRefunds(all, taxesIncluded);
	}

	/** Units of the line refunded so far (never counted beyond what was bought). */
	public long refundedUnits(LineItem line) {
		return Math.min(line.quantity(), units.getOrDefault(line.lineId(), 0L));
	}

	/** What refunds gave back for the line so far, tax included unless prices held it. */
	public long refundedMinor(LineItem line) {
		return amounts.getOrDefault(line.lineId(), 0L);
	}

	public long refundableUnits(LineItem line) {
		return line.quantity() - refundedUnits(line);
	}

	/** What is left to give back for the line: what it cost less what was refunded. */
	public long refundableMinor(LineItem line) {
		return Math.max(0, line.paidMinor(taxesIncluded) - refundedMinor(line));
	}

	/**
	 * The next {@code count} units of the line, as a refund line of {@code refundId}.
	 * @throws RefundExceedsPaymentException if fewer units are left to refund
	 */
	public RefundLine next(UUID refundId, LineItem line, long count, boolean restock) {
		long taken = refundedUnits(line);
		if (count < 1 || count > line.quantity() - taken) {
			throw new RefundExceedsPaymentException("lineItems", "at most " + (line.quantity() - taken) + " of "
					+ line.quantity() + " units of " + line.title() + " can still be refunded");
		}
		long discount = new UnitShares(line.discountMinor(), line.quantity()).nextUnits(taken, count);
		long tax = new UnitShares(line.taxMinor(), line.quantity()).nextUnits(taken, count);
		return new RefundLine(refundId, line.lineId(), count, line.unitPriceMinor() * count - discount, tax, restock);
	}

	/** What one more unit of the line gives back: the returns portal's "unit paid". */
	public long nextUnitMinor(LineItem line) {
		return refundableUnits(line) == 0 ? 0 : line.refundMinor(refundedUnits(line), 1, taxesIncluded);
	}

	/**
	 * Refuses lines that would give back more units or money of a line than it cost,
	 * counting what was refunded before.
	 */
	void requireWithin(List<LineItem> lines, List<RefundLine> wanted) {
		Map<UUID, Long> wantedUnits = new HashMap<>();
		Map<UUID, Long> wantedMinor = new HashMap<>();
		for (RefundLine line : wanted) {
			wantedUnits.merge(line.lineId(), line.quantity(), Long::sum);
			wantedMinor.merge(line.lineId(), line.totalMinor(taxesIncluded), Long::sum);
		}
		for (LineItem line : lines) {
			if (wantedUnits.getOrDefault(line.lineId(), 0L) > refundableUnits(line)) {
				throw new RefundExceedsPaymentException("lineItems",
						"at most " + refundableUnits(line) + " units of " + line.title() + " can still be refunded");
			}
			if (wantedMinor.getOrDefault(line.lineId(), 0L) > refundableMinor(line)) {
				throw new RefundExceedsPaymentException("lineItems", "at most " + refundableMinor(line)
						+ " minor units of " + line.title() + " can still be refunded");
			}
		}
	}

}
