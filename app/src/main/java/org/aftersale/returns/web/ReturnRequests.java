package org.aftersale.returns.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The bodies the returns API takes.
 */
final class ReturnRequests {

	private ReturnRequests() {
	}

	record Create(@Nullable UUID orderId, @Nullable List<Item> items, @Nullable String resolution,
			@Nullable String method) {
	}

	record Item(@Nullable UUID lineItemId, long quantity, @Nullable String reason, @Nullable String subReason,
			@Nullable String comment, @Nullable String condition) {
	}

	record Reject(@Nullable String reason) {
	}

	/**
	 * @param refundAmount the refund the team decided instead of the worked-out one
	 * @param reason why, required with an amount
	 */
	record Resolve(@Nullable String refundAmount, @Nullable String reason) {
	}

	record Receive(@Nullable List<Received> items) {
	}

	/**
	 * @param condition as found: {@code new}, {@code used}, {@code damaged} or
	 * {@code missing}
	 * @param disposition what becomes of it: {@code restock}, {@code resale_hold},
	 * {@code damaged} or {@code missing}
	 */
	record Received(@Nullable UUID lineItemId, long quantity, @Nullable String condition,
			@Nullable String disposition) {
	}

}
