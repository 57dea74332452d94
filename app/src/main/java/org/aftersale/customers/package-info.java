/**
 * The shoppers of each store, identified by their e-mail address (and by the shop's id
 * when the shop gave one), with a summary of their order history kept up to date from the
 * orders capability's events. {@link org.aftersale.customers.CustomerRegistry} takes
 * customers in exactly once; {@link org.aftersale.customers.CustomerQueries} reads them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores", "orders" })
package org.aftersale.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
