package org.aftersale.returns.policy;

/**
 * One rule of a policy: a name the merchant recognises in explanations, when it applies,
 * and what it does then.
 */
public record Rule(String name, Match when, RuleActions then) {

}
