package org.aftersale.orders;

/**
 * Where an order stands as a whole. Shipping progress of each parcel is the tracking
 * capability's business.
 */
public enum OrderStatus {

	/** Placed, nothing shipped yet. */
	OPEN,
	/** Some line items fulfilled. */
	PARTIALLY_FULFILLED,
	/** Every line item fulfilled. */
	FULFILLED,
	/** Cancelled by the shop; nothing further will ship. */
	CANCELLED;

	public String wireName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
