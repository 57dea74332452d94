package org.aftersale.tracking.page;

import java.util.List;

/**
 * The rendered model of one order's tracking page in one language: what is cached.
 *
 * @param zone the time zone every time on the page is shown in (the store's)
 * @param notShipped order lines (or parts of them) in no shipment yet; empty also when
 * the shops did not tell which items a shipment holds
 */
public record TrackingView(PageLook look, String orderNumber, String placedOn, List<PageItem> items,
		List<PageShipment> shipments, List<PageItem> notShipped, List<PageSuggestion> suggestions, String zone) {

	public TrackingView {
		items = List.copyOf(items);
		shipments = List.copyOf(shipments);
		notShipped = List.copyOf(notShipped);
		suggestions = List.copyOf(suggestions);
	}

	/**
	 * Whether the page lists the order's items on their own: not when one parcel carries
	 * them all, which would show the same list twice.
	 */
	public boolean listsItemsApart() {
		return !(shipments.size() == 1 && !shipments.get(0).items().isEmpty() && notShipped.isEmpty());
	}

}
