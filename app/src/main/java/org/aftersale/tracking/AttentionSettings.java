package org.aftersale.tracking;

import org.aftersale.kernel.InvalidInputException;

/**
 * A store's thresholds for the attention view.
 *
 * @param noScanDays days without any scan after which a parcel on its way needs attention
 * @param noPickupDays days in "info received" after which a parcel the carrier never
 * collected needs attention
 */
public record AttentionSettings(int noScanDays, int noPickupDays) {

	/** Longer than any carrier keeps a parcel moving without a scan. */
	public static final int MAX_DAYS = 60;

	/**
	 * @throws InvalidInputException when a threshold is not between 1 and
	 * {@link #MAX_DAYS}
	 */
	public AttentionSettings {
		if (noScanDays < 1 || noScanDays > MAX_DAYS) {
			throw new InvalidInputException("noScanDays", "must be between 1 and " + MAX_DAYS);
		}
		if (noPickupDays < 1 || noPickupDays > MAX_DAYS) {
			throw new InvalidInputException("noPickupDays", "must be between 1 and " + MAX_DAYS);
		}
	}

}
