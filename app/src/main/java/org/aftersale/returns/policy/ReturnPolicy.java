package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A store's return policy, one version of it: the window, the reasons a shopper may give,
 * what is offered by default, and ordered rules that narrow, deny, send to review or add
 * fees. A published version is never changed; a change is a new draft.
 *
 * @param keepItemBelow below this value per return line, the shopper keeps the item
 * (returnless refund); {@code null} never
 * @param handling how long the shopper has to send it and when each resolution is
 * processed; {@code null} reads as {@link Handling#standard()}
 */
public record ReturnPolicy(int version, ReturnWindow window, List<ReturnReason> reasons, Set<Resolution> resolutions,
		Set<ReturnMethod> methods, List<Rule> rules, @Nullable BigDecimal keepItemBelow, Handling handling) {

	public ReturnPolicy {
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
		resolutions = resolutions == null ? Set.of() : Set.copyOf(resolutions);
		methods = methods == null ? Set.of() : Set.copyOf(methods);
		rules = rules == null ? List.of() : List.copyOf(rules);
		handling = handling == null ? Handling.standard() : handling;
	}

	/**
	 * What a store has before its merchant changes anything: delivered items for 30 days
	 * from delivery, by refund or store credit, sent by post, no fees; gift cards and
	 * final-sale items excepted.
	 */
	public static ReturnPolicy standard() {
		return new ReturnPolicy(0, new ReturnWindow(30, WindowStart.DELIVERY, List.of(), null),
				List.of(ReturnReason.of("too_small", "Too small"), ReturnReason.of("too_large", "Too large"),
						ReturnReason.of("not_as_described", "Not as described"),
						ReturnReason.of("damaged", "Arrived damaged"), ReturnReason.of("wrong_item", "Wrong item sent"),
						ReturnReason.of("changed_mind", "Changed my mind"), ReturnReason.of("other", "Other")),
				EnumSet.of(Resolution.REFUND, Resolution.STORE_CREDIT), EnumSet.of(ReturnMethod.MAIL),
				List.of(new Rule("Gift cards",
						new Match(List.of(new Condition("item.giftCard", Condition.Operator.IS_TRUE, List.of())),
								List.of()),
						RuleActions.deny("Gift cards cannot be returned.")),
						new Rule("Final sale",
								new Match(
										List.of(new Condition("item.finalSale", Condition.Operator.IS_TRUE, List.of())),
										List.of()),
								RuleActions.deny("Final-sale items cannot be returned."))),
				null, Handling.standard());
	}

	/** The same policy as another version. */
	public ReturnPolicy withVersion(int newVersion) {
		return new ReturnPolicy(newVersion, window, reasons, resolutions, methods, rules, keepItemBelow, handling);
	}

	/** Whether any rule tests a fact whose name starts with {@code prefix}. */
	public boolean tests(String prefix) {
		return rules.stream()
			.flatMap(r -> java.util.stream.Stream.concat(r.when().all().stream(), r.when().any().stream()))
			.anyMatch(c -> c.fact() != null && c.fact().startsWith(prefix));
	}

	/** The reason or finer reason with this code. */
	public Optional<ReturnReason> reason(String code) {
		return reasons.stream()
			.flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r), r.subReasons().stream()))
			.filter(r -> r.code().equals(code))
			.findFirst();
	}

}
