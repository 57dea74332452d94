package org.aftersale.returns.policy;

import java.util.List;

/**
 * One rule of a policy: a name the merchant recognises in explanations, when it applies,
 * and what it does then.
 */
public record Rule(String name, Match when, RuleActions then) {

	public Rule {
		when = when == null ? Match.ALWAYS : when;
		then = then == null ? new RuleActions(null, null, null, null, List.of(), null, null) : then;
	}

}
