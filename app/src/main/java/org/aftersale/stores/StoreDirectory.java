package org.aftersale.stores;

import java.util.Optional;

import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to stores for other capabilities: find a store by its public slug or by id.
 */
@Service
@Transactional(readOnly = true)
public class StoreDirectory {

	private final Stores stores;

	StoreDirectory(Stores stores) {
		this.stores = stores;
	}

	public Optional<Store> findBySlug(String slug) {
		return stores.findBySlug(slug);
	}

	public Store get(StoreId storeId) {
		return stores.findById(storeId.value()).orElseThrow(() -> new NotFoundException("store"));
	}

	/**
	 * The store created on the first start (the oldest), if the first start has happened.
	 */
	public Optional<Store> firstStore() {
		return stores.findFirstCreated();
	}

}
