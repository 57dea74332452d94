package org.aftersale.returns;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a return is in its life, and the transition table: which status may follow which.
 * Anything not in the table is refused.
 */
public enum ReturnStatus {

	REQUESTED, PENDING_REVIEW, APPROVED, IN_TRANSIT, RECEIVED, RESOLVED, REJECTED, CANCELLED, EXPIRED;

	private static final Map<ReturnStatus, Set<ReturnStatus>> NEXT = Map.of(REQUESTED,
			EnumSet.of(PENDING_REVIEW, APPROVED, REJECTED, CANCELLED), PENDING_REVIEW,
			EnumSet.of(APPROVED, REJECTED, CANCELLED), APPROVED,
			// Resolved straight from approval: the shopper keeps the item, or the
			// store settles on approval.
			EnumSet.of(IN_TRANSIT, RECEIVED, RESOLVED, CANCELLED, EXPIRED), IN_TRANSIT, EnumSet.of(RECEIVED, RESOLVED),
			RECEIVED, EnumSet.of(RESOLVED), RESOLVED, EnumSet.noneOf(ReturnStatus.class), REJECTED,
			EnumSet.noneOf(ReturnStatus.class), CANCELLED, EnumSet.noneOf(ReturnStatus.class), EXPIRED,
			EnumSet.noneOf(ReturnStatus.class));

	public boolean canBecome(ReturnStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** Whether nothing more happens to the return. */
	public boolean isFinal() {
		return NEXT.get(this).isEmpty();
	}

	/** Whether its units still count against what can be returned of a line. */
	public boolean holdsUnits() {
		return this != REJECTED && this != CANCELLED && this != EXPIRED;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ReturnStatus> fromWire(String value) {
		return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
	}

}
