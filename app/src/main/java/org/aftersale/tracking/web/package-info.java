/**
 * The tracking module's HTTP entry points: carrier detection, shipments of an order,
 * shipment look-up and lists, batches of carrier events, the per-store webhook secret and
 * our generic signed tracking webhook.
 */
@NullMarked
package org.aftersale.tracking.web;

import org.jspecify.annotations.NullMarked;
