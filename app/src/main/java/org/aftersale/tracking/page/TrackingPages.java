package org.aftersale.tracking.page;

import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.stores.Store;
import org.aftersale.tracking.ShipmentQueries;

import org.springframework.stereotype.Service;

/**
 * The tracking page models, cached per (store, order, shipments' state, language).
 * <p>
 * Invalidation rule: the shipments' state ({@link ShipmentQueries#stateOf}, one indexed
 * query per view) is part of the key, so any new shipment, carrier event, status or
 * estimate makes a new entry at once and the old one is never served again. What the key
 * does not cover is dropped by events: the order's own changes ({@code OrderUpdated},
 * {@code OrderCancelled}, {@code FulfilmentCreated}) forget the order's entries, and
 * branding changes of the store or its tracking page forget the whole store's. Those
 * events arrive just after their transaction commits, so such a page is at most briefly
 * stale; the TTL bounds staleness should an event ever be missed, and lets suggestions
 * (which change slowly) refresh.
 */
@Service
public class TrackingPages {

	record Key(StoreId storeId, OrderId orderId, String shipmentsState, String language) {
	}

	private final Cache<Key, TrackingView> cache;

	private final TrackingPageAssembler assembler;

	private final ShipmentQueries shipments;

	TrackingPages(TrackingPageAssembler assembler, ShipmentQueries shipments, TrackingPageSettings settings) {
		this.assembler = assembler;
		this.shipments = shipments;
		this.cache = Caffeine.newBuilder()
			.maximumSize(settings.cachedPages())
			.expireAfterWrite(settings.cacheTtl())
			.build();
	}

	/** The page of an order of this store; empty when the store has no such order. */
	public Optional<TrackingView> view(Store store, OrderId orderId, Locale language) {
		Key key = new Key(store.id(), orderId, shipments.stateOf(store.id(), orderId), language.toLanguageTag());
		TrackingView cached = cache.getIfPresent(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<TrackingView> built = assembler.build(store, orderId, language);
		built.ifPresent(view -> cache.put(key, view));
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
		cache.asMap().keySet().removeIf(key -> key.orderId().equals(orderId));
	}

	public void forgetStore(StoreId storeId) {
		cache.asMap().keySet().removeIf(key -> key.storeId().equals(storeId));
	}

}
