package org.aftersale.notifications.templates;

import java.util.List;

import org.aftersale.orders.Order;
import org.aftersale.stores.Store;
import org.aftersale.tracking.Carrier;
import org.aftersale.tracking.Shipment;
import org.jspecify.annotations.Nullable;

/**
 * Everything a message may speak of, gathered once before rendering.
 *
 * @param storeUrl the store's tracking page, where a shopper can look orders up
 * @param logoUrl the store's logo as a mail client can fetch it (absolute), if it has one
 * @param shipments the parcels the message is about (several for a digest), in order
 * @param trackingLink the signed link to the order's tracking page
 * @param unsubscribeUrl the one-click unsubscribe link of marketing messages
 */
public record MessageFacts(Store store, String storeUrl, @Nullable String logoUrl, Order order, List<Parcel> shipments,
		String trackingLink, @Nullable String unsubscribeUrl) {

	/** A shipment with its carrier, when we know the carrier. */
	public record Parcel(Shipment shipment, @Nullable Carrier carrier) {
	}

}
