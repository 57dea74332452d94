/**
 * Polls the carriers' own tracking APIs (UPS, FedEx, USPS, DHL) for the shipments of
 * stores that configured credentials, and feeds what they answer into the shipments core.
 * Internal to tracking: one adapter per carrier behind {@link CarrierTrackingApi}, the
 * encrypted per-store credentials, the pure scheduling policy and the scheduler that
 * claims due shipments safely across several app instances.
 */
@NullMarked
package org.aftersale.tracking.polling;

import org.jspecify.annotations.NullMarked;
