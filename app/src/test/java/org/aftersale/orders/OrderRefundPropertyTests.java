package org.aftersale.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refunds on a whole order (#18): whatever sequence of partial refunds Aftersale is asked
 * for, it never gives back more than was paid per line or for the order, refuses what
 * would, changing nothing, and once every unit is back has given back exactly the total.
 */
class OrderRefundPropertyTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	@Property(tries = 500)
	void noSequenceOfRefundsGivesBackMoreThanWasPaidAndAllUnitsGiveBackTheTotal(@ForAll("orders") Order order,
			@ForAll long seed) {
		Random random = new Random(seed);
		LineRefunds refunds = order.lineRefunds();
		while (order.lineItems().stream().anyMatch(l -> refunds(order).refundableUnits(l) > 0)) {
			List<RefundSubmission.Line> wanted = new ArrayList<>();
			for (LineItem line : order.lineItems()) {
				long left = refunds(order).refundableUnits(line);
				if (left > 0 && random.nextInt(3) > 0) {
					wanted.add(new RefundSubmission.Line(null, line.lineId(), 1 + random.nextInt((int) left), null,
							null, random.nextBoolean()));
				}
			}
			if (wanted.isEmpty()) {
				continue;
			}
			if (random.nextInt(5) == 0) {
				// One unit more than is left of a line: refused, nothing recorded.
				RefundSubmission.Line first = wanted.get(0);
				LineItem line = order.lineItems()
					.stream()
					.filter(l -> l.lineId().equals(first.lineId()))
					.findFirst()
					.orElseThrow();
				long refundedBefore = order.refunded().minorUnits();
				int countBefore = order.refunds().size();
				assertThatThrownBy(() -> order.recordRefund(aftersale(List.of(new RefundSubmission.Line(null,
						line.lineId(), refunds(order).refundableUnits(line) + 1, null, null, false))), NOW))
					.isInstanceOf(RefundExceedsPaymentException.class);
				assertThat(order.refunded().minorUnits()).isEqualTo(refundedBefore);
				assertThat(order.refunds()).hasSize(countBefore);
			}
			order.recordRefund(aftersale(wanted), NOW);
			assertThat(order.refunded().minorUnits()).isLessThanOrEqualTo(order.captured().minorUnits());
			for (LineItem line : order.lineItems()) {
				assertThat(refunds(order).refundedMinor(line))
					.isLessThanOrEqualTo(line.paidMinor(order.taxesIncluded()));
			}
		}
		assertThat(order.refunded()).isEqualTo(order.total());
		assertThat(order.refundable().minorUnits()).isZero();
		for (LineItem line : order.lineItems()) {
			assertThat(refunds(order).refundedMinor(line)).isEqualTo(line.paidMinor(order.taxesIncluded()));
		}
		assertThat(refunds.refundedUnits(order.lineItems().get(0))).as("an earlier view does not change").isZero();
	}

	@Example
	void moneyTheShopAlreadyRefundedIsNotGivenBackAgain() {
		Order order = order(List.of(line(2, 2500, 0, 0)), false, null);
		order.recordRefund(RefundSubmission.ofAmount("shop-1", "20.00", "goodwill", NOW), NOW);

		LineItem line = order.lineItems().get(0);
		assertThatThrownBy(() -> order.recordRefund(aftersale(units(line, 2)), NOW))
			.isInstanceOf(RefundExceedsPaymentException.class)
			.hasMessageContaining("30.00");
		assertThat(order.refunds()).hasSize(1);
		assertThat(order.recordRefund(aftersale(units(line, 1)), NOW)).isTrue();
		assertThat(order.refunded().toString()).isEqualTo("45.00");
		assertThat(order.refundable().toString()).isEqualTo("5.00");
	}

	@Example
	void theSameShopRefundTwiceIsOneRefund() {
		Order order = order(List.of(line(1, 1000, 0, 0)), false, null);
		RefundSubmission shop = new RefundSubmission("shop-9", null, null, NOW,
				List.of(new RefundSubmission.Line(null, order.lineItems().get(0).lineId(), 1, null, null, true)),
				RefundSubmission.Origin.SHOP);

		assertThat(order.recordRefund(shop, NOW)).isTrue();
		assertThat(order.recordRefund(shop, NOW)).isFalse();
		assertThat(order.refundLines()).hasSize(1);
		assertThat(order.refunded().toString()).isEqualTo("10.00");
	}

	@Example
	void aShopRefundOfUnitsCountedDifferentlyIsRecordedWithTheMoneyStillUnrefunded() {
		Order order = order(List.of(line(2, 1000, 0, 0)), false, null);
		UUID lineId = order.lineItems().get(0).lineId();
		order.recordRefund(new RefundSubmission("shop-1", null, null, NOW,
				List.of(new RefundSubmission.Line(null, lineId, 3, null, null, false)), RefundSubmission.Origin.SHOP),
				NOW);

		assertThat(order.refundLines()).singleElement().satisfies(l -> {
			assertThat(l.quantity()).isEqualTo(3);
			assertThat(l.amountMinor()).isEqualTo(2000);
		});
		assertThat(order.lineRefunds().refundableUnits(order.lineItems().get(0))).isZero();
	}

	@Example
	void nothingIsRefundedOfAPaymentOnlyAuthorized() {
		Order order = order(List.of(line(1, 1000, 0, 0)), false, "authorized");

		assertThat(order.captured().minorUnits()).isZero();
		assertThatThrownBy(() -> order.recordRefund(aftersale(units(order.lineItems().get(0), 1)), NOW))
			.isInstanceOf(RefundExceedsPaymentException.class);
	}

	@Example
	void taxIncludedInPricesIsNotAddedAgain() {
		// 3 × 10.00 tax included, 1.00 discount, 4.79 of VAT in the prices.
		Order order = order(List.of(line(3, 1000, 100, 479)), true, null);
		LineItem line = order.lineItems().get(0);

		order.recordRefund(aftersale(units(line, 1)), NOW);

		assertThat(order.refundLines()).singleElement().satisfies(l -> {
			assertThat(l.amountMinor()).isEqualTo(1000 - 33);
			assertThat(l.taxMinor()).isEqualTo(159);
		});
		assertThat(order.refunded().toString()).isEqualTo("9.67");
	}

	private static LineRefunds refunds(Order order) {
		return order.lineRefunds();
	}

	private static List<RefundSubmission.Line> units(LineItem line, long count) {
		return List.of(new RefundSubmission.Line(null, line.lineId(), count, null, null, true));
	}

	private static RefundSubmission aftersale(List<RefundSubmission.Line> lines) {
		return new RefundSubmission(null, null, null, NOW, lines, RefundSubmission.Origin.AFTERSALE);
	}

	private static LineItem line(long quantity, long price, long discount, long tax) {
		return new LineItem(UUID.randomUUID(), null, "SKU", "Line", null, quantity, price, discount, tax, null, null,
				null, "", null);
	}

	static Order order(List<LineItem> lines, boolean taxesIncluded, String financialStatus) {
		long subtotal = lines.stream().mapToLong(l -> l.unitPriceMinor() * l.quantity()).sum();
		long discount = lines.stream().mapToLong(LineItem::discountMinor).sum();
		long tax = lines.stream().mapToLong(LineItem::taxMinor).sum();
		long total = lines.stream().mapToLong(l -> l.paidMinor(taxesIncluded)).sum();
		return new Order(UUID.randomUUID(), null, UUID.randomUUID(), "api", "refund-test", "#1", NOW, "EUR",
				OrderStatus.OPEN, financialStatus, null, null,
				new OrderTotals(subtotal, 0, tax, discount, total, taxesIncluded), 0, null, null, null, NOW, NOW, lines,
				List.of(), List.of(), List.of(), List.of());
	}

	@Provide
	Arbitrary<Order> orders() {
		Arbitrary<LineItem> line = Combinators
			.combine(Arbitraries.longs().between(1, 12), Arbitraries.longs().between(0, 500_000),
					Arbitraries.doubles().between(0, 1), Arbitraries.longs().between(0, 100_000))
			.as((q, p, d, t) -> line(q, p, (long) Math.floor(p * q * d), t));
		return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(true, false))
			.as((lines, included) -> order(lines, included, null));
	}

}
