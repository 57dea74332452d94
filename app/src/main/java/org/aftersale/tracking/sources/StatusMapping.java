package org.aftersale.tracking.sources;

import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.jspecify.annotations.Nullable;

/**
 * One row of a source's code table: the status a code means and, where the code says why,
 * the reason.
 */
public record StatusMapping(ShipmentStatus status, @Nullable ShipmentSubStatus subStatus) {

	/** What a code nobody listed means: still moving, reason not understood. */
	public static final StatusMapping UNRECOGNISED = new StatusMapping(ShipmentStatus.IN_TRANSIT,
			ShipmentSubStatus.OTHER);

	static StatusMapping of(ShipmentStatus status) {
		return new StatusMapping(status, null);
	}

	static StatusMapping of(ShipmentStatus status, ShipmentSubStatus subStatus) {
		return new StatusMapping(status, subStatus);
	}

	StatusMapping withSubStatusIfAbsent(@Nullable ShipmentSubStatus fallback) {
		return (this.subStatus != null || fallback == null) ? this : new StatusMapping(this.status, fallback);
	}

}
