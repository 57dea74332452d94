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

	Refund settled(@Nullable String shopRefundId, @Nullable String problem) {
		return new Refund(refundId, shopRefundId != null ? shopRefundId : externalId, amountMinor, note, createdAt,
				origin, problem == null ? DONE : FAILED, problem);
	}

}
