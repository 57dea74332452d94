package org.aftersale.tracking.page;

import org.aftersale.stores.ShopperText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftersale.kernel.ShopperZone;
import org.aftersale.orders.LineItem;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.stores.Store;
import org.aftersale.tracking.CarrierDetector;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentLine;
import org.aftersale.tracking.ShipmentQueries;
import org.aftersale.tracking.ShipmentTracker;
import org.aftersale.tracking.TrackingEvent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds an order's tracking page model from one query per kind of data: the order, its
 * shipments, all their events, the branding and the suggestions. Never per shipment.
 */
@Component
class TrackingPageAssembler {

	private final OrderQueries orders;

	private final ShipmentTracker tracker;

	private final ShipmentQueries shipments;

	private final PageBrandings brandings;

	private final CarrierDetector carriers;

	private final SuggestionShelf suggestions;

	private final MessageSource messages;

	TrackingPageAssembler(OrderQueries orders, ShipmentTracker tracker, ShipmentQueries shipments,
			PageBrandings brandings, CarrierDetector carriers, SuggestionShelf suggestions, MessageSource messages) {
		this.orders = orders;
		this.tracker = tracker;
		this.shipments = shipments;
		this.brandings = brandings;
		this.carriers = carriers;
		this.suggestions = suggestions;
		this.messages = messages;
	}

	Optional<TrackingView> build(Store store, OrderId orderId, java.util.Locale language) {
		return orders.find(store.id(), orderId).map(order -> build(store, order, language));
	}

	private TrackingView build(Store store, Order order, java.util.Locale language) {
		ShopperText text = new ShopperText(messages, language);
		List<Shipment> parcels = tracker.shipmentsOf(store.id(), order.id());
		Map<UUID, List<TrackingEvent>> timelines = shipments.timelines(store.id(),
				parcels.stream().map(Shipment::id).toList());
		Map<UUID, LineItem> lines = order.lineItems()
			.stream()
			.collect(Collectors.toMap(LineItem::lineId, Function.identity(), (a, b) -> a));
		// Times as the shopper's clock shows them, wherever the store is.
		ZoneId zone = ShopperZone.of(order.shippingAddress(), store.zone());
		ShipmentParts parts = new ShipmentParts(text, zone, carriers);
		List<PageShipment> shown = parcels.stream()
			.map(parcel -> parts.of(parcel, timelines.getOrDefault(parcel.id().value(), List.of()), lines))
			.toList();
		List<String> skus = order.lineItems().stream().map(LineItem::sku).filter(s -> s != null).toList();
		PageLook look = look(store);
		List<PageSuggestion> suggested = suggestions.fill(store, look.branding().suggestions(), order.id(), skus,
				language);
		return new TrackingView(look, order.number(),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(language)
					.withZone(zone)
					.format(order.placedAt()),
				order.lineItems().stream().map(line -> item(line, line.quantity())).toList(), shown,
				notShipped(order, parcels), suggested, zone.getId());
	}

	PageLook look(Store store) {
		return look(store, brandings.of(store.id()));
	}

	static PageLook look(Store store, PageBranding branding) {
		return new PageLook(store.name(), store.slug(), store.logoUrl(), store.palette(), store.font(), branding);
	}

	static PageItem item(LineItem line, long quantity) {
		return new PageItem(line.title(), line.variantTitle(),
				SafeUrl.isHttpOrHttps(line.imageUrl()) ? line.imageUrl() : null, quantity);
	}

	// What no shipment holds yet. When a shipment does not say what it holds we cannot
	// tell, and saying "not shipped" about something in that parcel would alarm the
	// shopper for nothing, so the list stays empty.
	private static List<PageItem> notShipped(Order order, List<Shipment> parcels) {
		if (parcels.stream().anyMatch(parcel -> parcel.lines().isEmpty())) {
			return List.of();
		}
		Map<UUID, Long> shipped = new HashMap<>();
		for (Shipment parcel : parcels) {
			for (ShipmentLine line : parcel.lines()) {
				shipped.merge(line.orderLineId(), line.quantity(), Long::sum);
			}
		}
		return order.lineItems()
			.stream()
			.filter(line -> line.quantity() > shipped.getOrDefault(line.lineId(), 0L))
			.map(line -> item(line, line.quantity() - shipped.getOrDefault(line.lineId(), 0L)))
			.toList();
	}

}
