package org.aftersale.tracking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a shipment needs the merchant's attention. A shipment can be in several categories
 * at once (an exception that is also past its promised date); {@link AttentionPolicy}
 * decides which.
 */
public enum AttentionCategory {

	/** The carrier reports a problem; grouped by sub-status in the admin. */
	EXCEPTION("Exceptions"),
	/** The carrier tried to deliver and could not. */
	FAILED_ATTEMPT("Failed attempts"),
	/** On its way back to the merchant, or already there. */
	RETURNED_TO_SENDER("Returned to sender"),
	/** Moving (or meant to be) but not scanned for the store's number of days. */
	NO_SCAN("No recent scan"),
	/** Not delivered although the carrier's promised date is over. */
	PAST_PROMISED_DATE("Past the promised date"),
	/** The carrier got the label data but never the parcel. */
	NO_PICKUP("Never picked up");

	private final String label;

	AttentionCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The value used in URLs, e.g. {@code failed_attempt}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<AttentionCategory> fromWireName(String value) {
		return Arrays.stream(values()).filter(c -> c.wireName().equals(value.strip())).findFirst();
	}

}
