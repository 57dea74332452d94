package org.aftersale.integrations.shopify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the admin page and the API show about a store's Shopify connection. Secrets appear
 * only as "set" and the token's last four characters.
 */
@Component
class ShopifyOverview {

	record Status(String shopDomain, String webhookUrl, boolean webhookSecretSet, @Nullable String accessTokenHint,
			Webhooks webhooks, List<BackfillJob> backfill, List<ShopifyDeliveries.Failure> failures) {

		public boolean backfillRunning() {
			return backfill.stream().anyMatch(BackfillJob::active);
		}

	}

	record Webhooks(int registered, int failed, @Nullable String error, @Nullable Instant checkedAt) {
	}

	private final ShopifyConnections connections;

	private final BackfillJobs jobs;

	private final ShopifyDeliveries deliveries;

	private final ShopifyWebhookAddress address;

	ShopifyOverview(ShopifyConnections connections, BackfillJobs jobs, ShopifyDeliveries deliveries,
			ShopifyWebhookAddress address) {
		this.connections = connections;
		this.jobs = jobs;
		this.deliveries = deliveries;
		this.address = address;
	}

	Optional<Status> of(StoreId storeId) {
		return connections.find(storeId)
			.map(c -> new Status(c.shopDomain(), address.of(storeId), true,
					c.accessTokenLast4() == null ? null : "…" + c.accessTokenLast4(),
					new Webhooks(c.webhooksRegistered(), c.webhooksFailed(), c.webhooksError(), c.webhooksCheckedAt()),
					jobs.of(storeId), deliveries.recentFailures(storeId, 20)));
	}

	List<BackfillJob> backfill(StoreId storeId) {
		return jobs.of(storeId);
	}

	String webhookUrl(StoreId storeId) {
		return address.of(storeId);
	}

}
