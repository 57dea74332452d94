package org.aftersale.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A fulfilment as a shop reports it.
 *
 * @param status the shop's fulfilment status ({@code success}, {@code cancelled}, ...)
 * @param shipmentStatus the shop's latest delivery status, if it tracks one
 * @param lines which line items (by the shop's line id or SKU) and quantities; empty
 * means "not itemised"
 */
public record FulfilmentSubmission(@Nullable String externalId, String status, @Nullable String trackingCompany,
		List<String> trackingNumbers, List<String> trackingUrls, @Nullable String shipmentStatus,
		List<ShippedLine> lines, Instant occurredAt) {

	/** A line shipped, identified by the shop's line id or else its SKU. */
	public record ShippedLine(@Nullable String lineExternalId, @Nullable String sku, long quantity) {
	}

	public FulfilmentSubmission validate() {
		List<FieldProblem> problems = new ArrayList<>();
		if (status == null || status.isBlank() || status.length() > 32) {
			problems.add(new FieldProblem("status", "is required (at most 32 characters)"));
		}
		if (trackingNumbers.size() > 50 || trackingNumbers.stream().anyMatch(t -> t.isBlank() || t.length() > 64)) {
			problems.add(new FieldProblem("trackingNumbers", "must be at most 50 numbers of 1 to 64 characters"));
		}
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).quantity() < 1) {
				problems.add(new FieldProblem("lines[" + i + "].quantity", "must be at least 1"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this;
	}

}
