package org.aftersale.orders;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each line was paid, when the shop says it per line and when it gives only the
 * order's discount and tax.
 */
class SubmittedLinesTests {

	private static final Currency EUR = Currency.getInstance("EUR");

	@Test
	void keepsTheShopsOwnPerLineAmounts() {
		List<LineItem> lines = SubmittedLines
			.of(order(List.of(line("A", "10.00", 3, "1.00", "2.00"), line("B", "5.00", 1, "0.00", "0.50")), "9.99",
					"9.99"), EUR, List.of(), 999, 999);

		assertThat(lines).extracting(LineItem::discountMinor).containsExactly(100L, 0L);
		assertThat(lines).extracting(LineItem::taxMinor).containsExactly(200L, 50L);
	}

	@Test
	void spreadsOrderLevelDiscountBySubtotalAndTaxByWhatWasCharged() {
		// Subtotals 30.00 and 10.00: a 4.01 discount falls 3.01 and 1.00 (the larger
		// fraction gets the odd cent); tax 3.60 over 26.99 and 9.00 charged.
		List<LineItem> lines = SubmittedLines.of(
				order(List.of(line("A", "10.00", 3, null, null), line("B", "10.00", 1, null, null)), "4.01", "3.60"),
				EUR, List.of(), 401, 360);

		assertThat(lines).extracting(LineItem::discountMinor).containsExactly(301L, 100L);
		assertThat(lines.stream().mapToLong(LineItem::taxMinor).sum()).isEqualTo(360);
		assertThat(lines).extracting(LineItem::taxMinor).containsExactly(270L, 90L);
		assertThat(lines.get(0).paidMinor(false) + lines.get(1).paidMinor(false)).isEqualTo(4000 - 401 + 360);
	}

	@Test
	void leavesTaxInsidePricesThatIncludeIt() {
		List<LineItem> lines = SubmittedLines.of(order(List.of(line("A", "11.90", 2, "2.00", "3.48")), "2.00", "3.48"),
				EUR, List.of(), 200, 348);

		assertThat(lines.get(0).paidMinor(true)).isEqualTo(2180);
		assertThat(lines.get(0).refundMinor(0, 1, true)).isEqualTo(1090);
	}

	private static OrderSubmission order(List<OrderSubmission.Line> lines, String discount, String tax) {
		return new OrderSubmission("api", "x", "#1", Instant.EPOCH, "EUR",
				new OrderSubmission.Customer("a@example.com", null, null, null), null, lines,
				new OrderSubmission.Totals("0", "0", tax, discount, "0"), "paid", null, null, null);
	}

	private static OrderSubmission.Line line(String sku, String price, long quantity, String discount, String tax) {
		return new OrderSubmission.Line(null, sku, sku, null, quantity, price, discount, tax, null, null, null,
				List.of(), null);
	}

}
