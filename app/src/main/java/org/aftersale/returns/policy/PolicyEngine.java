package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Decides a return case under a policy on a given day. Pure: the same policy, case and
 * day always give the same decision, with the same explanation, whether the portal asks
 * before the shopper chooses, the server checks at submission, or the simulator replays a
 * past order.
 */
public final class PolicyEngine {

	private PolicyEngine() {
	}

	public static ItemDecision decide(ReturnPolicy policy, ReturnCase c, LocalDate today) {
		Verdict verdict = new Verdict(policy);
		LocalDate until = window(policy.window(), c.item(), today, verdict);
		if (c.item().quantityReturnable() < 1) {
			verdict.trace("Units left", true, "every unit has been returned already");
			verdict.deny("Every unit of this item has been returned already.");
		}
		if (c.request() != null) {
			request(policy, c, verdict);
		}
		CaseFacts facts = new CaseFacts(c, today);
		for (Rule rule : policy.rules()) {
			Condition.Test test = rule.when().test(facts);
			boolean fired = test.truth() == Condition.Truth.TRUE;
			verdict.trace(rule.name(), fired, test.truth() == Condition.Truth.UNKNOWN
					? "depends on what the shopper chooses (" + test.reason() + ")" : test.reason());
			if (fired) {
				verdict.apply(rule.then());
			}
		}
		ReturnCase.Request request = c.request();
		if (request != null && request.resolution() != null && !verdict.resolutions.contains(request.resolution())) {
			verdict.deny("This item cannot be returned for " + request.resolution().wireName().replace('_', ' ') + ".");
		}
		boolean keep = verdict.keepItemBelow != null
				&& c.item().unitPaid().multiply(BigDecimal.valueOf(quantity(c))).compareTo(verdict.keepItemBelow) < 0;
		if (keep) {
			verdict.trace("Keep the item", true,
					"worth less than " + verdict.keepItemBelow.stripTrailingZeros().toPlainString());
			verdict.methods = EnumSet.of(ReturnMethod.KEEP_ITEM);
		}
		else {
			verdict.methods.remove(ReturnMethod.KEEP_ITEM);
		}
		if (verdict.outcome != Outcome.DENY && (verdict.resolutions.isEmpty() || verdict.methods.isEmpty())) {
			verdict.deny("This item cannot be returned online; please contact us.");
		}
		return new ItemDecision(c.item().lineId(), verdict.outcome, verdict.message, until, verdict.resolutions,
				verdict.methods, fees(verdict.fees, c, verdict), verdict.destination, keep, verdict.traces,
				policy.version());
	}

	// The last day of the item's window, or null while its start (shipment, delivery)
	// has not happened, which also denies the item for now.
	private static @Nullable LocalDate window(ReturnWindow window, ReturnCase.Item item, LocalDate today,
			Verdict verdict) {
		String from = window.from().name().toLowerCase(Locale.ROOT);
		LocalDate start = switch (window.from()) {
			case ORDER -> item.orderedOn();
			case SHIPMENT -> item.shippedOn();
			case DELIVERY -> item.deliveredOn();
		};
		if (start == null) {
			String what = window.from() == WindowStart.SHIPMENT ? "shipped" : "delivered";
			verdict.trace("Return window", true, "counted from " + from + "; the item has not been " + what + " yet");
			verdict.deny("This item can be returned once it has been " + what + ".");
			return null;
		}
		ReturnWindow.Special chosen = null;
		for (ReturnWindow.Special special : window.special()) {
			if (special.matches(item) && (chosen == null || special.days() > chosen.days())) {
				chosen = special;
			}
		}
		int days = chosen == null ? window.days() : chosen.days();
		String basis = days + " days" + (chosen == null ? "" : " (" + chosen.name() + ")") + " from " + from + " on "
				+ start;
		LocalDate until = start.plusDays(days);
		ReturnWindow.HolidayExtension holiday = window.holiday();
		if (holiday != null && holiday.covers(item.orderedOn()) && holiday.returnBy().isAfter(until)) {
			until = holiday.returnBy();
			basis += ", extended for the holidays";
		}
		boolean closed = today.isAfter(until);
		verdict.trace("Return window", closed, basis + (closed ? ": closed on " : ": open until ") + until);
		if (closed) {
			verdict.deny("The return window closed on " + until + ".");
		}
		return until;
	}

	private static void request(ReturnPolicy policy, ReturnCase c, Verdict verdict) {
		ReturnCase.Request request = c.request();
		if (request.quantity() < 1 || request.quantity() > c.item().quantityReturnable()) {
			verdict.deny("At most " + c.item().quantityReturnable() + " of this item can be returned.");
		}
		if (policy.reason(request.reason()).isEmpty()) {
			verdict.deny("Please choose one of the reasons offered.");
		}
	}

	private static long quantity(ReturnCase c) {
		return c.request() == null ? 1 : Math.max(1, c.request().quantity());
	}

	private static List<Fee> fees(List<Fee> fees, ReturnCase c, Verdict verdict) {
		if (c.request() == null) {
			return fees;
		}
		List<Fee> kept = new ArrayList<>();
		for (Fee fee : fees) {
			if (fee.waivedForReasons().contains(c.request().reason())) {
				verdict.trace("Fee waived", true,
						fee.kind().wireName() + " waived: the reason is " + c.request().reason());
			}
			else {
				kept.add(fee);
			}
		}
		return kept;
	}

	// What the rules so far decided, gathered as they fire.
	private static final class Verdict {

		Outcome outcome = Outcome.ALLOW;

		@Nullable String message;

		Set<Resolution> resolutions;

		Set<ReturnMethod> methods;

		final List<Fee> fees = new ArrayList<>();

		@Nullable UUID destination;

		@Nullable BigDecimal keepItemBelow;

		final List<ItemDecision.RuleTrace> traces = new ArrayList<>();

		Verdict(ReturnPolicy policy) {
			resolutions = policy.resolutions().isEmpty() ? EnumSet.noneOf(Resolution.class)
					: EnumSet.copyOf(policy.resolutions());
			methods = policy.methods().isEmpty() ? EnumSet.noneOf(ReturnMethod.class)
					: EnumSet.copyOf(policy.methods());
			keepItemBelow = policy.keepItemBelow();
		}

		void trace(String rule, boolean fired, String reason) {
			traces.add(new ItemDecision.RuleTrace(rule, fired, reason));
		}

		void deny(String why) {
			if (outcome != Outcome.DENY) {
				message = why;
			}
			outcome = Outcome.DENY;
		}

		void apply(RuleActions then) {
			if (then.outcome() == Outcome.DENY) {
				deny(then.message() == null ? "This item cannot be returned." : then.message());
			}
			else if (then.outcome() == Outcome.REVIEW && outcome == Outcome.ALLOW) {
				outcome = Outcome.REVIEW;
				message = then.message();
			}
			if (then.resolutions() != null) {
				resolutions.retainAll(then.resolutions());
			}
			if (then.methods() != null) {
				methods.retainAll(then.methods());
			}
			fees.addAll(then.fees());
			if (destination == null) {
				destination = then.destination();
			}
			if (then.keepItemBelow() != null) {
				keepItemBelow = then.keepItemBelow();
			}
		}

	}

}
