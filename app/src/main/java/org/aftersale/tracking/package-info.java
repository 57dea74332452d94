/**
 * Every parcel of every order, across carriers: shipments with one normalized status
 * model, the raw and normalized carrier events they are derived from, carrier detection
 * from the tracking number alone, and the exceptions a merchant must see. Listens to
 * {@code FulfilmentCreated} to start tracking and publishes status changes for
 * notifications and insights.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores", "orders", "catalog" })
package org.aftersale.tracking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
