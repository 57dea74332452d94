package org.aftersale.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A parcel to follow for an order, as a caller describes it. Carrier detection and the
 * tracking URL are the caller's business: it passes the detected carrier code and the URL
 * built from the carrier's template.
 *
 * @param carrier our lower-case carrier code, {@code null} when not known
 * @param fulfilmentId the order's fulfilment it belongs to, if any
 * @param lineItems what it carries; empty when not itemised
 */
public record ShipmentSubmission(String trackingNumber, @Nullable String carrier, @Nullable String service,
		@Nullable String trackingUrl, @Nullable Instant shippedAt, @Nullable LocalDate estimatedDelivery,
		@Nullable UUID fulfilmentId, List<Item> lineItems) {

	/**
	 * Units of one order line, named by its id (from a fulfilment) or by its SKU (from
	 * the API).
	 */
	public record Item(@Nullable UUID orderLineId, @Nullable String sku, long quantity) {
	}

}
