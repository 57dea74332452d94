package org.aftersale.orders;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Money given back on the order, by the shop or by Aftersale; its lines are the order's
 * {@link RefundLine}s with its id.
 */
@Table(schema = "orders", name = "refund")
public record Refund(UUID refundId, @Nullable String externalId, long amountMinor, @Nullable String note,
		Instant createdAt, RefundSubmission.Origin origin, @Nullable String shopState, @Nullable String shopProblem) {

	/** A refund Aftersale made, waiting for the shop to carry it out. */
	public static final String PENDING = "PENDING";

	/** The shop carried it out; its id there is the external id. */
	public static final String DONE = "DONE";

	/** The shop would not; see the problem. */
	public static final String FAILED = "FAILED";

	// Orders from these sources have their Aftersale refunds carried out in the shop
	// (integrations), so such a refund waits there until the shop answers.
	private static final java.util.Set<String> SHOP_SOURCES = java.util.Set.of("shopify");

	/** {@link #PENDING} for a refund of ours on an order of a shop, else none. */
	static @Nullable String firstShopState(RefundSubmission.Origin origin, String orderSource) {
		return origin == RefundSubmission.Origin.AFTERSALE && SHOP_SOURCES.contains(orderSource) ? PENDING : null;
	}

	/** The note a refund made in the shop carries, naming the refund of ours it is. */
	public String shopNote() {
		return (note == null ? "Refund" : note) + " (Aftersale " + refundId + ")";
	}

	/** Our refund named by a shop refund's note, if it names one. */
	static java.util.Optional<UUID> namedIn(@Nullable String shopNote) {
		if (shopNote == null) {
			return java.util.Optional.empty();
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(Aftersale ([0-9a-f-]{36})\\)")
			.matcher(shopNote);
		return m.find() ? java.util.Optional.of(UUID.fromString(m.group(1))) : java.util.Optional.empty();
	}

	/**
	 * This refund as the shop's answer leaves it; empty when the answer changes nothing
	 * (it was done already, or refused again for the same reason).
	 */
	java.util.Optional<Refund> settled(@Nullable String shopRefundId, @Nullable String problem) {
		String reason = problem == null || problem.length() <= 500 ? problem : problem.substring(0, 500);
		if (DONE.equals(shopState) || (reason != null && reason.equals(shopProblem))) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Refund(refundId, shopRefundId != null ? shopRefundId : externalId, amountMinor,
				note, createdAt, origin, reason == null ? DONE : FAILED, reason));
	}

}
