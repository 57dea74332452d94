package org.aftersale.notifications.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderSearch;
import org.aftersale.orders.OrderShipment;
import org.aftersale.orders.OrderShipments;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreImage;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.CarrierDetector;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentId;
import org.aftersale.tracking.ShipmentQueries;
import org.aftersale.tracking.ShortLinks;
import org.aftersale.tracking.TrackingLinks;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Gathers what a message speaks of from the modules that own it: the store, the order,
 * the parcels with their carriers, and a fresh signed tracking link.
 */
@Component
public class MessageFactsReader {

	private final StoreDirectory stores;

	private final OrderQueries orders;

	private final OrderShipments orderShipments;

	private final ShipmentQueries shipments;

	private final CarrierDetector carriers;

	private final TrackingLinks links;

	private final PublicUrl publicUrl;

	private final ShortLinks shortLinks;

	MessageFactsReader(StoreDirectory stores, OrderQueries orders, OrderShipments orderShipments,
			ShipmentQueries shipments, CarrierDetector carriers, TrackingLinks links, PublicUrl publicUrl,
			ShortLinks shortLinks) {
		this.shortLinks = shortLinks;
		this.stores = stores;
		this.orders = orders;
		this.orderShipments = orderShipments;
		this.shipments = shipments;
		this.carriers = carriers;
		this.links = links;
		this.publicUrl = publicUrl;
	}

	/**
	 * @throws IllegalStateException when the order is gone
	 */
	public MessageFacts read(StoreId storeId, Channel channel, OrderId orderId, List<UUID> shipmentIds,
			@Nullable String unsubscribeUrl) {
		return read(storeId, channel, orderId, shipmentIds, unsubscribeUrl, null, Map.of());
	}

	/**
	 * @param channel the channel the message goes by: a text gets the short tracking
	 * link, which keeps it to one segment
	 * @param known the order, when the caller has read it already
	 * @param knownShipments shipments the caller has read already (of this store)
	 * @throws IllegalStateException when the order is gone
	 */
	public MessageFacts read(StoreId storeId, Channel channel, OrderId orderId, List<UUID> shipmentIds,
			@Nullable String unsubscribeUrl, @Nullable Order known, Map<ShipmentId, Shipment> knownShipments) {
		Store store = stores.get(storeId);
		Order order = known != null && known.storeId().equals(storeId) && known.id().equals(orderId) ? known
				: orders.find(storeId, orderId)
					.orElseThrow(() -> new IllegalStateException("order " + orderId + " is gone"));
		List<ShipmentId> ids = shipmentIds.stream().map(ShipmentId::new).toList();
		List<ShipmentId> unknown = ids.stream().filter(id -> !knownShipments.containsKey(id)).toList();
		Map<ShipmentId, Shipment> read = unknown.isEmpty() ? Map.of() : shipments.findAll(storeId, unknown);
		List<MessageFacts.Parcel> parcels = new ArrayList<>();
		for (ShipmentId id : ids) {
			Shipment shipment = knownShipments.containsKey(id) ? knownShipments.get(id) : read.get(id);
			if (shipment != null && shipment.storeId().equals(storeId)) {
				parcels.add(new MessageFacts.Parcel(shipment,
						shipment.carrier() == null ? null : carriers.carrier(shipment.carrier()).orElse(null)));
			}
		}
		return new MessageFacts(store, publicUrl.resolve("/t/" + store.slug()),
				StoreImage.absolute(store.logoUrl(), publicUrl.base()), order, parcels,
				channel == Channel.SMS ? shortLinks.urlFor(storeId, orderId) : links.linkFor(storeId, orderId).url(),
				unsubscribeUrl);
	}

	/** The store's most recent order, or the one with this number. */
	public Optional<OrderId> sampleOrder(StoreId storeId, @Nullable String number) {
		OrderSearch search = number == null || number.isBlank() ? OrderSearch.everything()
				: new OrderSearch(null, number.strip(), null, null, null, null, null, null, null);
		return orders.searchOrders(storeId, search, null, 1).items().stream().map(Order::id).findFirst();
	}

	/** The order's parcels, for previewing a shipment's message. */
	public List<UUID> shipmentsOf(StoreId storeId, OrderId orderId) {
		return orderShipments.of(storeId, List.of(orderId))
			.getOrDefault(orderId, List.of())
			.stream()
			.map(OrderShipment::id)
			.toList();
	}

}
