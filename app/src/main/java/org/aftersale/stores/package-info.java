/**
 * Tenants and the people who run them: stores with their branding and locale, staff
 * accounts with a role per store, and the store's API keys (kept only as hashes). Also
 * the first start, which creates the owner and the first store and hands their
 * credentials over once.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform" })
package org.aftersale.stores;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
