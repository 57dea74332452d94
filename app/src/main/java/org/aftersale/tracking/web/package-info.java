/**
 * The tracking module's HTTP entry points: carrier detection, shipments of an order,
 * shipment look-up and lists, batches of carrier events, the per-store webhook secret and
 * our generic signed tracking webhook; and the shopper's branded tracking page
 * ({@code /t/{slug}}: look-up, signed-link order page) with its admin settings page and
 * the signed-link API.
 */
@NullMarked
package org.aftersale.tracking.web;

import org.jspecify.annotations.NullMarked;
