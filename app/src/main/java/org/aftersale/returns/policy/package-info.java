/**
 * The return policy and its engine, in plain Java without Spring: a versioned policy
 * (window, reasons, offers, ordered rules over the item, order, customer and request),
 * and {@link org.aftersale.returns.policy.PolicyEngine}, which decides a case the same
 * way every time and says why.
 */
@NullMarked
@NamedInterface("policy")
package org.aftersale.returns.policy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
