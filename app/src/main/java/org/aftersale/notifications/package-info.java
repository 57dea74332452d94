/**
 * Proactive messages to shoppers: every post-purchase moment (order confirmed, shipped,
 * out for delivery, delivered, exceptions, ...) can send a branded e-mail and/or SMS,
 * exactly once, honouring consent, suppressions and quiet hours, from templates the
 * merchant edits. Listens to orders' and tracking's events; the message table is both the
 * delivery log and the outbox the dispatcher sends from.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores", "orders", "tracking" })
package org.aftersale.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
