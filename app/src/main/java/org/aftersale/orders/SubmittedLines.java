package org.aftersale.orders;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.FieldRules;
import org.aftersale.kernel.Money;

/**
 * A submission's lines as the order keeps them: each keeps its id across updates (by the
 * shop's line id, or by position and SKU), money in minor units, and what was paid for
 * it. Where the source gives a discount or tax only for the whole order (no line carries
 * one), it is spread over the lines by {@link LargestRemainder}: the discount by line
 * subtotal, the tax by what each line was charged after its discount.
 */
final class SubmittedLines {

	private SubmittedLines() {
	}

	static List<LineItem> of(OrderSubmission s, Currency unit, List<LineItem> existing, long orderDiscountMinor,
			long orderTaxMinor) {
		List<OrderSubmission.Line> given = s.lineItems();
		long[] subtotals = new long[given.size()];
		long[] discounts = new long[given.size()];
		long[] taxes = new long[given.size()];
		for (int i = 0; i < given.size(); i++) {
			OrderSubmission.Line line = given.get(i);
			subtotals[i] = Math.multiplyExact(Money.parse(line.unitPrice(), unit).minorUnits(), line.quantity());
			discounts[i] = line.discount() == null ? 0 : Money.parse(line.discount(), unit).minorUnits();
			taxes[i] = line.tax() == null ? 0 : Money.parse(line.tax(), unit).minorUnits();
		}
		if (given.stream().allMatch(line -> line.discount() == null) && orderDiscountMinor > 0) {
			discounts = LargestRemainder.spread(orderDiscountMinor, subtotals);
		}
		if (given.stream().allMatch(line -> line.tax() == null) && orderTaxMinor > 0) {
			long[] charged = new long[given.size()];
			for (int i = 0; i < charged.length; i++) {
				charged[i] = Math.max(0, subtotals[i] - discounts[i]);
			}
			taxes = LargestRemainder.spread(orderTaxMinor, charged);
		}
		List<LineItem> lines = new ArrayList<>(given.size());
		for (int i = 0; i < given.size(); i++) {
			OrderSubmission.Line line = given.get(i);
			UUID lineId = existingLineId(existing, line, i).orElseGet(UUID::randomUUID);
			lines.add(new LineItem(lineId, line.externalId(), line.sku(), line.title().strip(), line.variantTitle(),
					line.quantity(), Money.parse(line.unitPrice(), unit).minorUnits(), discounts[i], taxes[i],
					line.productId(), line.variantId(), line.imageUrl(),
					line.tags() == null ? "" : String.join(",", line.tags()),
					FieldRules.blankToNull(line.productType())));
		}
		return lines;
	}

	private static Optional<UUID> existingLineId(List<LineItem> existing, OrderSubmission.Line line, int position) {
		if (line.externalId() != null) {
			return existing.stream()
				.filter(l -> line.externalId().equals(l.externalId()))
				.map(LineItem::lineId)
				.findFirst();
		}
		if (position < existing.size() && Objects.equals(existing.get(position).sku(), line.sku())) {
			return Optional.of(existing.get(position).lineId());
		}
		return Optional.empty();
	}

}
