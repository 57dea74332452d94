package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.aftersale.returns.policy.Condition.Operator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules only ever make a decision stricter: a rule added at the end never turns a denial
 * into an allowance, never offers a resolution or method the shorter policy did not, and
 * the decision is the same each time it is taken.
 */
class PolicyRulesPropertyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Property(tries = 1000)
	void anAddedRuleNeverMakesADecisionMoreLenient(@ForAll("rules") List<Rule> rules, @ForAll("cases") ReturnCase c) {
		for (int n = 0; n < rules.size(); n++) {
			ItemDecision fewer = PolicyEngine.decide(policy(rules.subList(0, n)), c, TODAY);
			ItemDecision more = PolicyEngine.decide(policy(rules.subList(0, n + 1)), c, TODAY);

			assertThat(more.outcome().ordinal()).isGreaterThanOrEqualTo(fewer.outcome().ordinal());
			if (more.outcome() != Outcome.ALLOW) {
				assertThat(more.message() != null || more.outcome() == Outcome.REVIEW).isTrue();
			}
			assertThat(fewer.resolutions()).containsAll(more.resolutions());
			assertThat(more.fees()).containsAll(fewer.fees());
			assertThat(more.explanation()).extracting(ItemDecision.RuleTrace::rule).contains(rules.get(n).name());
		}
		assertThat(PolicyEngine.decide(policy(rules), c, TODAY))
			.isEqualTo(PolicyEngine.decide(policy(rules), c, TODAY));
	}

	static ReturnPolicy policy(List<Rule> rules) {
		ReturnPolicy standard = ReturnPolicy.standard();
		return new ReturnPolicy(1, standard.window(), standard.reasons(),
				EnumSet.of(Resolution.REFUND, Resolution.STORE_CREDIT, Resolution.EXCHANGE),
				EnumSet.of(ReturnMethod.MAIL, ReturnMethod.QR_DROPOFF), rules, null, null);
	}

	@Provide
	Arbitrary<List<Rule>> rules() {
		Arbitrary<Condition> condition = Arbitraries.oneOf(
				Arbitraries.integers()
					.between(0, 300)
					.map(v -> new Condition("item.price", Operator.GT, List.of(Integer.toString(v)))),
				Arbitraries.of("sale", "final", "shoes")
					.map(t -> new Condition("item.tags", Operator.CONTAINS, List.of(t))),
				Arbitraries.of("too_small", "damaged")
					.map(r -> new Condition("return.reason", Operator.EQ, List.of(r))),
				Arbitraries.integers()
					.between(0, 40)
					.map(d -> new Condition("order.daysSinceDelivery", Operator.LTE, List.of(Integer.toString(d)))));
		Arbitrary<RuleActions> actions = Combinators
			.combine(Arbitraries.of(Outcome.values()).injectNull(0.4),
					Arbitraries.subsetOf(Resolution.values()).injectNull(0.6),
					Arbitraries.of(new BigDecimal("5"), new BigDecimal("10")).injectNull(0.7))
			.as((outcome, resolutions, fee) -> new RuleActions(outcome, outcome == null ? null : "rule says " + outcome,
					resolutions, null,
					fee == null ? List.of() : List.of(new Fee(Fee.Kind.RESTOCKING_PERCENT, fee, List.of("damaged"))),
					null, null));
		Arbitrary<Rule> rule = Combinators
			.combine(condition.list().ofMaxSize(2), condition.list().ofMaxSize(2), actions,
					Arbitraries.strings().alpha().ofLength(6))
			.as((all, any, then, name) -> new Rule(name, new Match(all, any), then));
		return rule.list().ofMinSize(1).ofMaxSize(6);
	}

	@Provide
	Arbitrary<ReturnCase> cases() {
		Arbitrary<ReturnCase.Item> item = Combinators
			.combine(Arbitraries.integers().between(0, 400), Arbitraries.subsetOf("sale", "final", "shoes"),
					Arbitraries.integers().between(0, 45), Arbitraries.integers().between(0, 3))
			.as((price, tags, days, left) -> new ReturnCase.Item(UUID.randomUUID(), "SKU", null, List.copyOf(tags),
					BigDecimal.valueOf(price), BigDecimal.ZERO, false, false, left, TODAY.minusDays(days + 5),
					TODAY.minusDays(days + 3), TODAY.minusDays(days)));
		Arbitrary<ReturnCase.Request> request = Combinators
			.combine(Arbitraries.of("too_small", "damaged", "changed_mind"), Arbitraries.integers().between(1, 3),
					Arbitraries.of(Resolution.values()))
			.as((reason, quantity, resolution) -> new ReturnCase.Request(reason, null, null, quantity, resolution))
			.injectNull(0.4);
		return Combinators.combine(item, request)
			.as((i, r) -> new ReturnCase(i,
					new ReturnCase.Order("api", List.of(), "DE", null, new BigDecimal("100"), List.of(), false),
					new ReturnCase.Customer("a@example.com", 1, BigDecimal.TEN, 0, BigDecimal.ZERO, List.of()), r));
	}

}
