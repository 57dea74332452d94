/**
 * The canonical order, whatever shop it came from: customer snapshot, addresses, line
 * items, totals, fulfilments and refunds. {@link org.aftersale.orders.OrderIntake} takes
 * orders in exactly once, keyed by their source and external id, and every change is
 * published as a domain event for the capabilities that react to orders.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores" })
package org.aftersale.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
