/**
 * Mappers from each source's tracking payload (EasyPost, UPS, FedEx, USPS, DHL, Shopify)
 * to {@link org.aftersale.tracking.CarrierEvent}. Pure Java: one class per source holds
 * its explicit code table, another reads the payload. Codes nobody listed become
 * {@code in_transit} with sub-status {@code other} unless the source's own category says
 * more, so an event is never dropped and an unknown code is easy to find.
 */
@NullMarked
package org.aftersale.tracking.sources;

import org.jspecify.annotations.NullMarked;
