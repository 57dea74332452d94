/**
 * The demo store: on an empty database started with {@code AFTERSALE_DEMO=true}, fills
 * the first store with a year of realistic, generated orders, customers and shipments so
 * that a new user sees a living admin at once. A sink: nothing depends on it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores", "orders", "catalog", "tracking",
		"notifications", "returns", "returns :: policy" })
package org.aftersale.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
