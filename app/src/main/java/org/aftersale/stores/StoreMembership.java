package org.aftersale.stores;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff account's role in one store.
 */
@Table(schema = "stores", name = "store_membership")
public record StoreMembership(UUID storeId, StoreRole role, Instant joinedAt) {

	public StoreId store() {
		return new StoreId(storeId);
	}

}
