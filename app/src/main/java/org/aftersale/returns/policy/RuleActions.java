package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a rule does when it applies; everything is optional.
 *
 * @param outcome allow, deny (with {@code message} for the shopper) or send to review
 * @param resolutions the only resolutions offered (narrowing what earlier rules offered)
 * @param methods the only methods offered
 * @param destination the location the items go back to
 * @param keepItemBelow the value below which the shopper keeps the item and is refunded
 * anyway
 */
public record RuleActions(@Nullable Outcome outcome, @Nullable String message, @Nullable Set<Resolution> resolutions,
		@Nullable Set<ReturnMethod> methods, List<Fee> fees, @Nullable UUID destination,
		@Nullable BigDecimal keepItemBelow) {

	public RuleActions {
		fees = fees == null ? List.of() : List.copyOf(fees);
		resolutions = resolutions == null ? null : Set.copyOf(resolutions);
		methods = methods == null ? null : Set.copyOf(methods);
	}

	public static RuleActions deny(String message) {
		return new RuleActions(Outcome.DENY, message, null, null, List.of(), null, null);
	}

}
