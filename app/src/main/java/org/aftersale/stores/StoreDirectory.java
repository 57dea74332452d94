package org.aftersale.stores;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Read access to stores for other capabilities: find a store by its public slug or by id.
 * Every shopper page and webhook starts with this look-up, so known stores are kept in
 * memory; a settings change drops its store at once (after commit), and entries expire
 * after a minute as a safety net for changes made by another instance.
 */
@Service
public class StoreDirectory {

	private final Stores stores;

	private final Cache<String, Store> bySlug = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	private final Cache<UUID, Store> byId = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	StoreDirectory(Stores stores) {
		this.stores = stores;
	}

	public Optional<Store> findBySlug(String slug) {
		Store cached = bySlug.getIfPresent(slug);
		if (cached != null) {
			return Optional.of(cached);
		}
		// Unknown slugs are not remembered: a store opened a moment later must be found
		// at once.
		Optional<Store> store = stores.findBySlug(slug);
		store.ifPresent(this::remember);
		return store;
	}

	public Store get(StoreId storeId) {
		Store cached = byId.getIfPresent(storeId.value());
		if (cached != null) {
			return cached;
		}
		Store store = stores.findById(storeId.value()).orElseThrow(() -> new NotFoundException("store"));
		remember(store);
		return store;
	}

	/**
	 * The store created on the first start (the oldest), if the first start has happened.
	 */
	public Optional<Store> firstStore() {
		return stores.findFirstCreated();
	}

	/** The installation's store when it has exactly one, as most do. */
	public Optional<Store> onlyStore() {
		return stores.count() == 1 ? stores.findFirstCreated() : Optional.empty();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StoreBrandingChanged event) {
		forget(event.storeId());
	}

	private void remember(Store store) {
		bySlug.put(store.slug(), store);
		byId.put(store.id().value(), store);
	}

	private void forget(StoreId storeId) {
		Store known = byId.getIfPresent(storeId.value());
		byId.invalidate(storeId.value());
		if (known != null) {
			bySlug.invalidate(known.slug());
		}
	}

}
