package org.aftersale.tracking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The normalized shipment statuses of the public contract. Every carrier's and
 * aggregator's codes map onto these; {@link ShipmentSubStatus} carries the reason.
 */
public enum ShipmentStatus {

	/** Known to us, nothing heard from the carrier yet. */
	PENDING(0),
	/** The carrier has the label data but not the parcel. */
	INFO_RECEIVED(1), IN_TRANSIT(2), OUT_FOR_DELIVERY(3), AVAILABLE_FOR_PICKUP(3), FAILED_ATTEMPT(3),
	/** Final: the shopper has it. */
	DELIVERED(5),
	/** Something went wrong; the sub-status says what. */
	EXCEPTION(4),
	/** No news for so long that we stopped following it. */
	EXPIRED(6);

	private final int progress;

	ShipmentStatus(int progress) {
		this.progress = progress;
	}

	/** The contract's JSON value, e.g. {@code out_for_delivery}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ShipmentStatus> fromWireName(String value) {
		return Arrays.stream(values())
			.filter(s -> s.wireName().equals(value.strip().toLowerCase(Locale.ROOT)))
			.findFirst();
	}

	/** Whether nothing can follow this status except a correction by the carrier. */
	public boolean isFinal() {
		return this == DELIVERED || this == EXPIRED;
	}

	/**
	 * Rough position on the way to the shopper, for progress bars (0 = not started, 5 =
	 * delivered).
	 */
	public int progress() {
		return progress;
	}

}
