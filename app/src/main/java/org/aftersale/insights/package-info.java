/**
 * What a store's figures say: the admin's home dashboard today (orders, parcels on their
 * way, deliveries against their promise, messages), and the surveys, cohorts and reports
 * of the roadmap later. Reads each capability's figures through its public queries; owns
 * no table yet.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores", "orders", "tracking", "notifications" })
package org.aftersale.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
