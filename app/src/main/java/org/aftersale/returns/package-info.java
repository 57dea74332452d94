/**
 * Returns and exchanges: what each item of an order may be returned for, under the
 * store's versioned policy ({@code policy}, pure Java), and the returns shoppers start
 * and the team runs through their lifecycle.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores", "orders", "catalog", "customers",
		"locations", "tracking", "tracking :: shopper-pages" })
package org.aftersale.returns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
