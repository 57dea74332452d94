package org.aftersale.returns.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * When a rule applies: all of some conditions, or any of others (both lists may be given;
 * both must then hold). No conditions at all always holds.
 */
public record Match(List<Condition> all, List<Condition> any) {

	public static final Match ALWAYS = new Match(List.of(), List.of());

	public Match {
		all = all == null ? List.of() : List.copyOf(all);
		any = any == null ? List.of() : List.copyOf(any);
	}

	Condition.Test test(CaseFacts facts) {
		List<String> reasons = new ArrayList<>();
		Condition.Truth allTruth = Condition.Truth.TRUE;
		for (Condition condition : all) {
			Condition.Test test = condition.test(facts);
			reasons.add(test.reason());
			allTruth = and(allTruth, test.truth());
		}
		Condition.Truth anyTruth = any.isEmpty() ? Condition.Truth.TRUE : Condition.Truth.FALSE;
		for (Condition condition : any) {
			Condition.Test test = condition.test(facts);
			reasons.add(test.reason());
			anyTruth = or(anyTruth, test.truth());
		}
		String reason = reasons.isEmpty() ? "always" : String.join("; ", reasons);
		return new Condition.Test(and(allTruth, anyTruth), reason);
	}

	private static Condition.Truth and(Condition.Truth a, Condition.Truth b) {
		if (a == Condition.Truth.FALSE || b == Condition.Truth.FALSE) {
			return Condition.Truth.FALSE;
		}
		return a == Condition.Truth.UNKNOWN || b == Condition.Truth.UNKNOWN ? Condition.Truth.UNKNOWN
				: Condition.Truth.TRUE;
	}

	private static Condition.Truth or(Condition.Truth a, Condition.Truth b) {
		if (a == Condition.Truth.TRUE || b == Condition.Truth.TRUE) {
			return Condition.Truth.TRUE;
		}
		return a == Condition.Truth.UNKNOWN || b == Condition.Truth.UNKNOWN ? Condition.Truth.UNKNOWN
				: Condition.Truth.FALSE;
	}

}
