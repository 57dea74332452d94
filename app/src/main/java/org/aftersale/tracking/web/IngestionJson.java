package org.aftersale.tracking.web;

import java.util.List;

import org.aftersale.tracking.IngestionResult;

/**
 * The answer to a batch of tracking events: what was stored, what was already known, the
 * tracking numbers of no shipment of the store, and the events refused with why.
 */
record IngestionJson(int accepted, int duplicates, List<String> unknown, List<TrackingEventBatch.Problem> errors) {

	static IngestionJson of(IngestionResult result, List<TrackingEventBatch.Problem> errors) {
		return new IngestionJson(result.accepted(), result.duplicates(), result.unknownTrackingNumbers(), errors);
	}

}
