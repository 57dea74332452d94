package org.aftersale.returns.policy;

/**
 * When a return's outcome (its refund, credit or exchange) is processed: as soon as it is
 * approved, at the parcel's first carrier scan, when the parcel reaches the store, or
 * when the team has inspected the items and resolves it.
 */
public enum ProcessingPoint {

	APPROVAL, FIRST_SCAN, ARRIVAL, INSPECTION

}
