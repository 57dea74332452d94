package org.aftersale.tracking;

import java.util.Map;

/**
 * How many of a store's shipments need attention, not counting handled ones.
 *
 * @param byCategory open shipments per category (every category present, maybe 0); one
 * shipment can count in several
 * @param exceptionsBySubStatus open exceptions per reason, most frequent first; "other"
 * stands for exceptions without a reason
 * @param open shipments in at least one category
 * @param handled shipments in a category whose current problem is handled
 */
public record AttentionCounts(Map<AttentionCategory, Long> byCategory, Map<String, Long> exceptionsBySubStatus,
		long open, long handled) {

	public long of(AttentionCategory category) {
		return byCategory.getOrDefault(category, 0L);
	}

}
