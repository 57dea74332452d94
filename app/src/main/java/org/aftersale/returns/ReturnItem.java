package org.aftersale.returns;

import java.util.UUID;

import org.aftersale.returns.policy.Outcome;
import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Units of one order line in a return, with the shopper's reason, what they give back,
 * the policy's word on them, and what the team found when they came in.
 *
 * @param unitPaidMinor what one unit gives back, fees aside
 * @param refundMinor what these units give back together, fees aside
 * @param explanation the policy's explanation, as JSON
 */
@Table(schema = "returns", name = "return_item")
public record ReturnItem(UUID lineId, @Nullable String sku, String title, long quantity, String reason,
		@Nullable String subReason, @Nullable String comment, long unitPaidMinor, long refundMinor,
		long receivedQuantity, @Nullable String condition, @Nullable String disposition, Outcome outcome,
		String explanation) {

	ReturnItem received(long units, @Nullable String itemCondition, @Nullable String itemDisposition) {
		return new ReturnItem(lineId, sku, title, quantity, reason, subReason, comment, unitPaidMinor, refundMinor,
				units, itemCondition, itemDisposition, outcome, explanation);
	}

}
