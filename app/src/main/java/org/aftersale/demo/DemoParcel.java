package org.aftersale.demo;

import java.time.Instant;
import java.util.List;

/**
 * A parcel of a demo order and how far its journey has got.
 *
 * @param skus the order's lines it carries, by SKU; empty for all of them
 */
record DemoParcel(String trackingNumber, String carrier, List<String> skus, Instant shippedAt, Journey journey) {

	/** Where the parcel's story stops. */
	enum Journey {

		/** A label printed, nothing scanned yet. */
		LABEL,
		/** Picked up and moving between hubs. */
		IN_TRANSIT,
		/** On the van today. */
		OUT_FOR_DELIVERY,
		/** Nobody was home; the carrier tries again. */
		FAILED_ATTEMPT,
		/** Damaged, or held at customs: someone must look. */
		EXCEPTION,
		/** In the shopper's hands. */
		DELIVERED

	}

}
