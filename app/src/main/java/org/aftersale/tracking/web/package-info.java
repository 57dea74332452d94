/**
 * The tracking API and our generic signed tracking webhook: shipments of an order,
 * shipment look-up and lists, batches of carrier events, and the per-store webhook
 * secret.
 */
@NullMarked
package org.aftersale.tracking.web;

import org.jspecify.annotations.NullMarked;
