/**
 * Shop adapters. {@code shopify} connects a store to its Shopify shop: it keeps the
 * encrypted credentials, registers webhooks, back-fills history through the Admin API and
 * turns verified webhook deliveries into orders, customers and products. {@code csv}
 * imports orders from Shopify's order export. Nothing depends on this module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores", "orders", "customers", "catalog" })
package org.aftersale.integrations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
