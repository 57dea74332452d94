package org.aftersale.orders;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Where an order's parcels are, taken together: what a merchant scanning a list and a
 * shopper asking "where is my order" want to know, derived from the parcels' normalized
 * statuses and the order's own fulfilment.
 */
public enum DeliveryStatus {

	/** No parcel yet. */
	NOT_SHIPPED,
	/** Parcels on their way, none delivered. */
	IN_TRANSIT,
	/** Some items delivered, others on their way or not yet shipped. */
	PARTIALLY_DELIVERED,
	/** Every item delivered. */
	DELIVERED,
	/** A parcel has an exception or a failed delivery attempt: someone should look. */
	ATTENTION;

	private static final Set<String> NEEDS_ATTENTION = Set.of("exception", "failed_attempt");

	/**
	 * @param parcels the normalized statuses of the order's parcels ({@code in_transit},
	 * {@code delivered}, ...)
	 */
	public static DeliveryStatus of(OrderStatus order, Collection<String> parcels) {
		if (parcels.isEmpty()) {
			return NOT_SHIPPED;
		}
		if (parcels.stream().anyMatch(NEEDS_ATTENTION::contains)) {
			return ATTENTION;
		}
		long delivered = parcels.stream().filter("delivered"::equals).count();
		if (delivered == 0) {
			return IN_TRANSIT;
		}
		// Every parcel delivered, but items still to ship: part of the order is with the
		// shopper.
		return delivered == parcels.size() && order != OrderStatus.PARTIALLY_FULFILLED ? DELIVERED
				: PARTIALLY_DELIVERED;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
