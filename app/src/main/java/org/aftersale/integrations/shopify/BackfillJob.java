package org.aftersale.integrations.shopify;

import java.time.Instant;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * The back-fill of one resource (orders, customers or products) of one shop, saved after
 * every page so it continues where it stopped after a restart.
 *
 * @param nextPage path and query of the next page to fetch; null once done
 */
record BackfillJob(StoreId storeId, String resource, String status, @Nullable String nextPage, int fetched,
		int imported, int failed, @Nullable String lastError, Instant startedAt, Instant updatedAt) {

	static final String PENDING = "pending";

	static final String RUNNING = "running";

	static final String DONE = "done";

	static final String FAILED = "failed";

	boolean active() {
		return PENDING.equals(status) || RUNNING.equals(status);
	}

}
