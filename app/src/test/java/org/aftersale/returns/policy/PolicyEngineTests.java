package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftersale.returns.policy.Condition.Operator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyEngineTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void theStandardPolicyTakesADeliveredItemForThirtyDaysAndSaysWhy() {
		ItemDecision decision = PolicyEngine.decide(ReturnPolicy.standard(), item(List.of(), "49.90", 10), TODAY);

		assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
		assertThat(decision.returnableUntil()).isEqualTo(TODAY.minusDays(10).plusDays(30));
		assertThat(decision.resolutions()).containsExactlyInAnyOrder(Resolution.REFUND, Resolution.STORE_CREDIT);
		assertThat(decision.methods()).containsExactly(ReturnMethod.MAIL);
		assertThat(decision.fees()).isEmpty();
		assertThat(decision.explanation()).extracting(ItemDecision.RuleTrace::rule)
			.containsExactly("Return window", "Gift cards", "Final sale");
		assertThat(decision.explanation().get(0).reason())
			.isEqualTo("30 days from delivery on 2026-11-27: open until 2026-12-27");
		assertThat(decision.explanation().get(1).fired()).isFalse();
		assertThat(decision.explanation().get(1).reason()).isEqualTo("item.giftCard is true: no (false)");
	}

	@Test
	void anItemNotDeliveredYetOrPastItsWindowIsDeniedWithAMessage() {
		ItemDecision notYet = PolicyEngine.decide(ReturnPolicy.standard(), undelivered(), TODAY);
		ItemDecision late = PolicyEngine.decide(ReturnPolicy.standard(), item(List.of(), "49.90", 31), TODAY);

		assertThat(notYet.outcome()).isEqualTo(Outcome.DENY);
		assertThat(notYet.message()).isEqualTo("This item can be returned once it has been delivered.");
		assertThat(notYet.returnableUntil()).isNull();
		assertThat(late.outcome()).isEqualTo(Outcome.DENY);
		assertThat(late.message()).isEqualTo("The return window closed on 2026-12-06.");
		assertThat(late.explanation().get(0).fired()).isTrue();
	}

	@Test
	void theLongestMatchingSpecialWindowWinsAndTheHolidaysExtendIt() {
		ReturnWindow window = new ReturnWindow(30, WindowStart.DELIVERY,
				List.of(new ReturnWindow.Special("Shoes", List.of("shoes"), List.of(), List.of(), 60),
						new ReturnWindow.Special("Boots", List.of(), List.of("Boots"), List.of(), 90),
						new ReturnWindow.Special("Swimwear", List.of("swim"), List.of(), List.of(), 14)),
				new ReturnWindow.HolidayExtension(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31),
						LocalDate.of(2027, 4, 30)));
		ReturnPolicy policy = with(window, List.of());

		ItemDecision boots = PolicyEngine.decide(policy, item(List.of("shoes"), "120.00", 80, "Boots"), TODAY);
		ItemDecision swim = PolicyEngine.decide(policy, item(List.of("swim"), "30.00", 20, null), TODAY);

		assertThat(boots.outcome()).isEqualTo(Outcome.ALLOW);
		assertThat(boots.explanation().get(0).reason()).startsWith("90 days (Boots) from delivery");
		// Ordered within the season: the holiday date beats 14 days.
		assertThat(swim.outcome()).isEqualTo(Outcome.ALLOW);
		assertThat(swim.returnableUntil()).isEqualTo(LocalDate.of(2027, 4, 30));
		assertThat(swim.explanation().get(0).reason()).contains("extended for the holidays");
	}

	@Test
	void rulesDenyReviewNarrowAndChargeInOrderAndAReasonWaivesAFee() {
		Fee restocking = new Fee(Fee.Kind.RESTOCKING_PERCENT, new BigDecimal("10"), List.of("damaged"));
		ReturnPolicy policy = with(new ReturnWindow(30, WindowStart.DELIVERY, List.of(), null), List.of(
				new Rule("Expensive items are checked", match(new Condition("item.price", Operator.GT, List.of("100"))),
						new RuleActions(Outcome.REVIEW, "We check expensive returns.", null, null, List.of(restocking),
								null, null)),
				new Rule("Sale items for credit only",
						match(new Condition("item.discountPercent", Operator.GTE, List.of("30"))),
						new RuleActions(null, null, Set.of(Resolution.STORE_CREDIT), null, List.of(), null, null)),
				new Rule("Damaged needs a look", match(new Condition("return.reason", Operator.EQ, List.of("damaged"))),
						new RuleActions(Outcome.REVIEW, null, null, null, List.of(), null, null))));
		ReturnCase expensive = item(List.of(), "150.00", 5);

		ItemDecision offered = PolicyEngine.decide(policy, expensive, TODAY);
		ItemDecision damaged = PolicyEngine.decide(policy,
				expensive.with(new ReturnCase.Request("damaged", null, null, 1, Resolution.REFUND)), TODAY);
		ItemDecision changedMind = PolicyEngine.decide(policy,
				expensive.with(new ReturnCase.Request("changed_mind", null, null, 1, Resolution.REFUND)), TODAY);

		assertThat(offered.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(offered.message()).isEqualTo("We check expensive returns.");
		assertThat(offered.fees()).containsExactly(restocking);
		// A rule over the shopper's reason waits for it.
		assertThat(offered.explanation().get(3).fired()).isFalse();
		assertThat(offered.explanation().get(3).reason())
			.isEqualTo("depends on what the shopper chooses (return.reason is damaged: not known yet)");
		assertThat(damaged.fees()).isEmpty();
		assertThat(damaged.explanation()).extracting(ItemDecision.RuleTrace::rule).contains("Fee waived");
		assertThat(changedMind.fees()).containsExactly(restocking);
	}

	@Test
	void aSaleItemIsOfferedStoreCreditOnlyAndARefundRequestIsDenied() {
		ReturnPolicy policy = with(new ReturnWindow(30, WindowStart.DELIVERY, List.of(), null),
				List.of(new Rule("Sale items for credit only",
						match(new Condition("item.discountPercent", Operator.GTE, List.of("30"))),
						new RuleActions(null, null, Set.of(Resolution.STORE_CREDIT), null, List.of(), null, null))));
		ReturnCase sale = item(List.of(), "20.00", 3, null, new BigDecimal("40"));

		ItemDecision offered = PolicyEngine.decide(policy, sale, TODAY);
		ItemDecision refund = PolicyEngine.decide(policy,
				sale.with(new ReturnCase.Request("too_small", null, null, 1, Resolution.REFUND)), TODAY);

		assertThat(offered.resolutions()).containsExactly(Resolution.STORE_CREDIT);
		assertThat(refund.outcome()).isEqualTo(Outcome.DENY);
		assertThat(refund.message()).isEqualTo("This item cannot be returned for refund.");
	}

	@Test
	void aRequestForMoreUnitsThanAreLeftOrAnUnknownReasonIsDenied() {
		ReturnCase c = item(List.of(), "20.00", 3);

		ItemDecision tooMany = PolicyEngine.decide(ReturnPolicy.standard(),
				c.with(new ReturnCase.Request("too_small", null, null, 3, Resolution.REFUND)), TODAY);
		ItemDecision unknown = PolicyEngine.decide(ReturnPolicy.standard(),
				c.with(new ReturnCase.Request("bored", null, null, 1, Resolution.REFUND)), TODAY);

		assertThat(tooMany.message()).isEqualTo("At most 2 of this item can be returned.");
		assertThat(unknown.message()).isEqualTo("Please choose one of the reasons offered.");
	}

	@Test
	void aCheapItemIsKeptAndRefundedWithoutASending() {
		ReturnPolicy standard = ReturnPolicy.standard();
		ReturnPolicy policy = new ReturnPolicy(3, standard.window(), standard.reasons(), standard.resolutions(),
				standard.methods(), standard.rules(), new BigDecimal("10.00"), null);

		ItemDecision cheap = PolicyEngine.decide(policy, item(List.of(), "7.50", 3), TODAY);
		ItemDecision dear = PolicyEngine.decide(policy, item(List.of(), "12.00", 3), TODAY);

		assertThat(cheap.keepItem()).isTrue();
		assertThat(cheap.methods()).containsExactly(ReturnMethod.KEEP_ITEM);
		assertThat(cheap.policyVersion()).isEqualTo(3);
		assertThat(dear.keepItem()).isFalse();
		assertThat(dear.methods()).containsExactly(ReturnMethod.MAIL);
	}

	@Test
	void giftCardsAndFinalSaleItemsAreDeniedByTheStandardPolicy() {
		ReturnCase giftCard = new ReturnCase(
				new ReturnCase.Item(UUID.randomUUID(), "GC-50", "Gift Card", List.of(), new BigDecimal("50.00"),
						BigDecimal.ZERO, false, true, 1, TODAY.minusDays(5), TODAY.minusDays(4), TODAY.minusDays(2)),
				order(), customer(), null);

		ItemDecision decision = PolicyEngine.decide(ReturnPolicy.standard(), giftCard, TODAY);

		assertThat(decision.outcome()).isEqualTo(Outcome.DENY);
		assertThat(decision.message()).isEqualTo("Gift cards cannot be returned.");
		assertThat(decision.explanation().get(1).fired()).isTrue();
	}

	static Match match(Condition... conditions) {
		return new Match(List.of(conditions), List.of());
	}

	static ReturnPolicy with(ReturnWindow window, List<Rule> rules) {
		ReturnPolicy standard = ReturnPolicy.standard();
		return new ReturnPolicy(2, window, standard.reasons(), EnumSet.of(Resolution.REFUND, Resolution.STORE_CREDIT),
				EnumSet.of(ReturnMethod.MAIL, ReturnMethod.QR_DROPOFF), rules, null, null);
	}

	static ReturnCase item(List<String> tags, String unitPaid, int deliveredDaysAgo) {
		return item(tags, unitPaid, deliveredDaysAgo, null);
	}

	static ReturnCase item(List<String> tags, String unitPaid, int deliveredDaysAgo, String productType) {
		return item(tags, unitPaid, deliveredDaysAgo, productType, BigDecimal.ZERO);
	}

	static ReturnCase item(List<String> tags, String unitPaid, int deliveredDaysAgo, String productType,
			BigDecimal discountPercent) {
		return new ReturnCase(
				new ReturnCase.Item(UUID.randomUUID(), "SKU-1", productType, tags, new BigDecimal(unitPaid),
						discountPercent, false, false, 2, TODAY.minusDays(deliveredDaysAgo + 4),
						TODAY.minusDays(deliveredDaysAgo + 2), TODAY.minusDays(deliveredDaysAgo)),
				order(), customer(), null);
	}

	static ReturnCase undelivered() {
		return new ReturnCase(
				new ReturnCase.Item(UUID.randomUUID(), "SKU-1", null, List.of(), new BigDecimal("10.00"),
						BigDecimal.ZERO, false, false, 1, TODAY.minusDays(3), TODAY.minusDays(2), null),
				order(), customer(), null);
	}

	static ReturnCase.Order order() {
		return new ReturnCase.Order("shopify", List.of(), "US", "CA", new BigDecimal("200.00"), List.of(), false);
	}

	static ReturnCase.Customer customer() {
		return new ReturnCase.Customer("ana@example.com", 3, new BigDecimal("420.00"), 1, new BigDecimal("0.1"),
				List.of());
	}

}
