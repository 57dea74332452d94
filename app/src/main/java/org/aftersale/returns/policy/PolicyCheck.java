package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.returns.policy.Condition.Operator;

/**
 * Everything wrong with a policy before it is saved, each at its place in the document
 * ({@code rules[2].when.all[0].fact}), so that a merchant never publishes a rule that
 * cannot be evaluated.
 */
public final class PolicyCheck {

	private static final int MAX_DAYS = 3650;

	private static final int MAX_RULES = 100;

	private static final Set<Operator> SINGLE_VALUE = Set.of(Operator.EQ, Operator.NE, Operator.GT, Operator.GTE,
			Operator.LT, Operator.LTE);

	private PolicyCheck() {
	}

	public static List<FieldProblem> problems(ReturnPolicy policy) {
		List<FieldProblem> problems = new ArrayList<>();
		ReturnWindow window = policy.window();
		if (window == null || window.from() == null) {
			problems.add(new FieldProblem("window", "needs days and from (order, shipment or delivery)"));
		}
		else {
			days(problems, "window.days", window.days());
			for (int i = 0; i < window.special().size(); i++) {
				ReturnWindow.Special special = window.special().get(i);
				String at = "window.special[" + i + "]";
				text(problems, at + ".name", special.name(), 80);
				days(problems, at + ".days", special.days());
				if (special.tags().isEmpty() && special.productTypes().isEmpty() && special.skus().isEmpty()) {
					problems.add(new FieldProblem(at, "needs tags, productTypes or skus to match"));
				}
			}
			if (window.holiday() != null && (window.holiday().purchasedFrom() == null
					|| window.holiday().purchasedTo() == null || window.holiday().returnBy() == null
					|| window.holiday().purchasedTo().isBefore(window.holiday().purchasedFrom()))) {
				problems.add(new FieldProblem("window.holiday", "needs purchasedFrom ≤ purchasedTo and returnBy"));
			}
		}
		reasons(problems, policy.reasons());
		if (policy.resolutions().isEmpty()) {
			problems.add(new FieldProblem("resolutions", "offer at least one resolution"));
		}
		if (policy.methods().isEmpty()) {
			problems.add(new FieldProblem("methods", "offer at least one method"));
		}
		if (policy.rules().size() > MAX_RULES) {
			problems.add(new FieldProblem("rules", "at most " + MAX_RULES + " rules"));
		}
		for (int i = 0; i < policy.rules().size(); i++) {
			rule(problems, "rules[" + i + "]", policy.rules().get(i));
		}
		amount(problems, "keepItemBelow", policy.keepItemBelow());
		if (policy.handling().shipWithinDays() < 1 || policy.handling().shipWithinDays() > 90) {
			problems.add(new FieldProblem("handling.shipWithinDays", "must be 1 to 90 days"));
		}
		if (policy.handling().flagAfterReturns() < 1 || policy.handling().flagAfterReturns() > 1000) {
			problems.add(new FieldProblem("handling.flagAfterReturns", "must be 1 to 1000 returns"));
		}
		return problems;
	}

	private static void reasons(List<FieldProblem> problems, List<ReturnReason> reasons) {
		if (reasons.isEmpty()) {
			problems.add(new FieldProblem("reasons", "give the shopper at least one reason"));
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < reasons.size(); i++) {
			ReturnReason reason = reasons.get(i);
			reason(problems, "reasons[" + i + "]", reason, codes);
			for (int j = 0; j < reason.subReasons().size(); j++) {
				reason(problems, "reasons[" + i + "].subReasons[" + j + "]", reason.subReasons().get(j), codes);
			}
		}
	}

	private static void reason(List<FieldProblem> problems, String at, ReturnReason reason, Set<String> codes) {
		if (reason.code() == null || !reason.code().matches("[a-z0-9_]{1,40}")) {
			problems.add(new FieldProblem(at + ".code", "1 to 40 lower-case letters, digits or _"));
		}
		else if (!codes.add(reason.code())) {
			problems.add(new FieldProblem(at + ".code", "\"" + reason.code() + "\" is used twice"));
		}
		text(problems, at + ".label", reason.label(), 80);
	}

	private static void rule(List<FieldProblem> problems, String at, Rule rule) {
		text(problems, at + ".name", rule.name(), 80);
		for (int i = 0; i < rule.when().all().size(); i++) {
			condition(problems, at + ".when.all[" + i + "]", rule.when().all().get(i));
		}
		for (int i = 0; i < rule.when().any().size(); i++) {
			condition(problems, at + ".when.any[" + i + "]", rule.when().any().get(i));
		}
		RuleActions then = rule.then();
		if (then.message() != null && then.message().length() > 300) {
			problems.add(new FieldProblem(at + ".then.message", "at most 300 characters"));
		}
		for (int i = 0; i < then.fees().size(); i++) {
			Fee fee = then.fees().get(i);
			String feeAt = at + ".then.fees[" + i + "]";
			if (fee.kind() == null) {
				problems.add(new FieldProblem(feeAt + ".kind", "restocking_percent, restocking_fixed or label"));
			}
			if (fee.amount() == null) {
				problems.add(new FieldProblem(feeAt + ".amount", "is required"));
			}
			amount(problems, feeAt + ".amount", fee.amount());
			if (fee.kind() == Fee.Kind.RESTOCKING_PERCENT && fee.amount() != null
					&& fee.amount().compareTo(BigDecimal.valueOf(100)) > 0) {
				problems.add(new FieldProblem(feeAt + ".amount", "a percentage of at most 100"));
			}
		}
		amount(problems, at + ".then.keepItemBelow", then.keepItemBelow());
	}

	private static void condition(List<FieldProblem> problems, String at, Condition condition) {
		FactNames.Kind kind = condition.fact() == null ? null : FactNames.KINDS.get(condition.fact());
		if (kind == null) {
			problems.add(new FieldProblem(at + ".fact", "is not one of " + String.join(", ", FactNames.all())));
			return;
		}
		if (condition.op() == null || !kind.operators.contains(condition.op())) {
			problems.add(new FieldProblem(at + ".op", condition.fact() + " takes "
					+ String.join(", ", kind.operators.stream().map(Operator::wireName).toList())));
			return;
		}
		int count = condition.values().size();
		boolean single = SINGLE_VALUE.contains(condition.op());
		if (kind == FactNames.Kind.FLAG ? count != 0 : single ? count != 1 : count < 1) {
			problems.add(new FieldProblem(at + ".values", kind == FactNames.Kind.FLAG ? "takes no values"
					: single ? "takes exactly one value" : "takes at least one value"));
			return;
		}
		if (kind == FactNames.Kind.NUMBER) {
			for (String value : condition.values()) {
				try {
					new BigDecimal(value);
				}
				catch (NumberFormatException | NullPointerException ex) {
					problems.add(new FieldProblem(at + ".values", "\"" + value + "\" is not a number"));
				}
			}
		}
	}

	private static void days(List<FieldProblem> problems, String at, int days) {
		if (days < 0 || days > MAX_DAYS) {
			problems.add(new FieldProblem(at, "between 0 and " + MAX_DAYS + " days"));
		}
	}

	private static void amount(List<FieldProblem> problems, String at, BigDecimal amount) {
		if (amount != null && amount.signum() < 0) {
			problems.add(new FieldProblem(at, "must not be negative"));
		}
	}

	private static void text(List<FieldProblem> problems, String at, String text, int max) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(at, "is required"));
		}
		else if (text.length() > max) {
			problems.add(new FieldProblem(at, "at most " + max + " characters"));
		}
	}

}
