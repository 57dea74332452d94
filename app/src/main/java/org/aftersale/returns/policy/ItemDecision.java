package org.aftersale.returns.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the policy decided for one item, and why.
 *
 * @param message for the shopper when the item may not be returned
 * @param returnableUntil the last day of the item's window, once it has started
 * @param keepItem whether the shopper keeps the item and is refunded anyway
 * @param explanation every rule evaluated, in order, with whether it applied and why
 */
public record ItemDecision(UUID lineId, Outcome outcome, @Nullable String message, @Nullable LocalDate returnableUntil,
		Set<Resolution> resolutions, Set<ReturnMethod> methods, List<Fee> fees, @Nullable UUID destination,
		boolean keepItem, List<RuleTrace> explanation, int policyVersion) {

	public ItemDecision {
		resolutions = Set.copyOf(resolutions);
		methods = Set.copyOf(methods);
		fees = List.copyOf(fees);
		explanation = List.copyOf(explanation);
	}

	/** One rule's part in a decision. */
	public record RuleTrace(String rule, boolean fired, String reason) {
	}

}
