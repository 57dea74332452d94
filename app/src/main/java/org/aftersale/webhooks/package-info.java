/**
 * Outbound webhooks for the merchant's own systems: a store subscribes URLs to public
 * event names ({@code order.*}, {@code shipment.*}), and every matching domain event
 * becomes a signed delivery that is retried with backoff until the receiver accepts it or
 * the attempts run out. Each attempt is kept as the delivery log, from which a merchant
 * can send a delivery again.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores", "orders", "tracking" })
package org.aftersale.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
