package org.aftersale.tracking;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A merchant's note that a shipment's problem is handled, taken at the status and
 * sub-status it covers.
 *
 * @param handledBy the staff member's e-mail address
 */
public record AttentionNote(ShipmentStatus status, @Nullable ShipmentSubStatus subStatus, String note, String handledBy,
		Instant handledAt) {

}
