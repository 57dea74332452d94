/**
 * Shop adapters. {@code shopify} connects a store to its Shopify shop: it keeps the
 * encrypted credentials, registers webhooks, back-fills history through the Admin API and
 * turns verified webhook deliveries into orders. {@code csv} imports orders from
 * Shopify's order export. Both only feed {@link org.aftersale.orders.OrderIntake};
 * nothing depends on this module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores", "orders" })
package org.aftersale.integrations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
