package org.aftersale.orders;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.Money;

/**
 * A refund's lines as the order records them: each submitted line matched to the order's
 * line by Aftersale's id or the shop's, with the amounts the source gave or, without
 * them, the units' share of what the line cost.
 */
final class SubmittedRefund {

	private SubmittedRefund() {
	}

	static List<RefundLine> lines(UUID refundId, RefundSubmission submission, List<LineItem> items, LineRefunds before,
			Currency currency) {
		List<RefundLine> lines = new ArrayList<>();
		for (RefundSubmission.Line wanted : submission.lines()) {
			Optional<LineItem> item = items.stream().filter(i -> matches(wanted, i)).findFirst();
			if (item.isEmpty()) {
				if (submission.origin() == RefundSubmission.Origin.AFTERSALE) {
					throw new RefundExceedsPaymentException("lineItems", "the order has no such line");
				}
				// A line the shop no longer lists: the money is still counted, on the
				// refund.
				continue;
			}
			lines.add(line(refundId, wanted, item.get(), before, lines, currency,
					submission.origin() == RefundSubmission.Origin.SHOP));
		}
		return lines;
	}

	/** The money given back: as the source says, else what the lines add up to. */
	static long amount(RefundSubmission submission, List<RefundLine> lines, Currency currency, boolean taxesIncluded) {
		if (submission.amount() != null) {
			return Money.parse(submission.amount(), currency).minorUnits();
		}
		return lines.stream().mapToLong(l -> l.totalMinor(taxesIncluded)).sum();
	}

	private static RefundLine line(UUID refundId, RefundSubmission.Line wanted, LineItem item, LineRefunds before,
			List<RefundLine> earlierInThisRefund, Currency currency, boolean shop) {
		if (wanted.amount() != null) {
			long amount = Money.parse(wanted.amount(), currency).minorUnits();
			long tax = wanted.tax() == null ? 0 : Money.parse(wanted.tax(), currency).minorUnits();
			return new RefundLine(refundId, item.lineId(), wanted.quantity(), amount, tax, wanted.restock());
		}
		if (wanted.quantity() == 0) {
			return new RefundLine(refundId, item.lineId(), 0, 0, 0, wanted.restock());
		}
		// Units of the same line earlier in this refund come before these.
		LineRefunds sofar = before.with(earlierInThisRefund);
		long left = sofar.refundableUnits(item);
		if (shop && wanted.quantity() > left) {
			// The shop refunded units it counts differently (an order edited since): its
			// units are recorded, with the money of those still unrefunded here.
			RefundLine share = left == 0 ? new RefundLine(refundId, item.lineId(), 0, 0, 0, wanted.restock())
					: sofar.next(refundId, item, left, wanted.restock());
			return new RefundLine(refundId, item.lineId(), wanted.quantity(), share.amountMinor(), share.taxMinor(),
					wanted.restock());
		}
		return sofar.next(refundId, item, wanted.quantity(), wanted.restock());
	}

	private static boolean matches(RefundSubmission.Line wanted, LineItem item) {
		return wanted.lineId() != null ? wanted.lineId().equals(item.lineId())
				: wanted.lineExternalId() != null && Objects.equals(wanted.lineExternalId(), item.externalId());
	}

}
