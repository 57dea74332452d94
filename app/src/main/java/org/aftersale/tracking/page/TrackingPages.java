package org.aftersale.tracking.page;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.stores.Store;
import org.aftersale.tracking.ShipmentQueries;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The tracking page models, cached per order and, within it, per (shipments' state,
 * language).
 * <p>
 * Invalidation rule: the shipments' state ({@link ShipmentQueries#stateOf}) is part of
 * the key, so any new shipment, carrier event, status or estimate makes a new entry and
 * the old one is never served again. That state is itself remembered for
 * {@code stateRecheck} (2 s): on this instance every shipment change forgets the order at
 * once ({@link TrackingPageRefresh}, right after the change commits), so the recheck only
 * bounds how long a change made by another instance on the same database takes to show.
 * The order's own changes ({@code OrderUpdated}, {@code OrderCancelled},
 * {@code FulfilmentCreated}) forget the order's entries the same way, and branding
 * changes of the store or its tracking page forget the whole store's. The TTL bounds
 * staleness should an event ever be missed, and lets suggestions (which change slowly)
 * refresh.
 */
@Service
@NamedInterface("shopper-pages")
public class TrackingPages {

	private record Variant(String shipmentsState, String language) {
	}

	/** The cached pages of one order. */
	private record OrderPages(StoreId storeId, Map<Variant, TrackingView> variants) {
	}

	private final Cache<OrderId, OrderPages> cache;

	private final Cache<OrderId, String> states;

	private final TrackingPageAssembler assembler;

	private final ShipmentQueries shipments;

	TrackingPages(TrackingPageAssembler assembler, ShipmentQueries shipments, TrackingPageSettings settings) {
		this.assembler = assembler;
		this.shipments = shipments;
		this.cache = Caffeine.newBuilder()
			.maximumSize(settings.cachedPages())
			.expireAfterWrite(settings.cacheTtl())
			.build();
		this.states = Caffeine.newBuilder()
			.maximumSize(settings.cachedPages())
			.expireAfterWrite(settings.stateRecheck())
			.build();
	}

	/** The page of an order of this store; empty when the store has no such order. */
	public Optional<TrackingView> view(Store store, OrderId orderId, Locale language) {
		String state = states.get(orderId, id -> shipments.stateOf(store.id(), id));
		Variant variant = new Variant(state, language.toLanguageTag());
		OrderPages pages = cache.get(orderId, id -> new OrderPages(store.id(), new ConcurrentHashMap<>()));
		if (!pages.storeId().equals(store.id())) {
			// Order ids are unique across stores; this only guards the cache's own
			// keying.
			return assembler.build(store, orderId, language);
		}
		TrackingView cached = pages.variants().get(variant);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<TrackingView> built = assembler.build(store, orderId, language);
		built.ifPresent(view -> {
			// Pages of an older state can never be served again.
			pages.variants().keySet().removeIf(v -> !v.shipmentsState().equals(state));
			pages.variants().put(variant, view);
		});
		return built;
	}

	/** How the store's page looks, for pages without an order (look-up, not found). */
	public PageLook look(Store store) {
		return assembler.look(store);
	}

	/** How the store's page would look with this branding, for the admin's preview. */
	public static PageLook lookOf(Store store, PageBranding branding) {
		return TrackingPageAssembler.look(store, branding);
	}

	public void forgetOrder(OrderId orderId) {
		states.invalidate(orderId);
		cache.invalidate(orderId);
	}

	public void forgetStore(StoreId storeId) {
		cache.asMap().values().removeIf(pages -> pages.storeId().equals(storeId));
	}

}
