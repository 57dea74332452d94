package org.aftersale.webhooks;

import java.time.Instant;
import java.util.List;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * A merchant's receiver of webhooks: where to post, which events, and whether it is on.
 * The signing secret is not part of it; it is shown once, when created or rotated.
 *
 * @param events the subscribed patterns: {@code *}, {@code order.*}, {@code shipment.*}
 * or exact event names
 */
public record Subscription(SubscriptionId id, StoreId storeId, String url, List<String> events,
		@Nullable String description, boolean active, Instant createdAt, Instant updatedAt) {

	/** Whether this subscription wants events of the given type. */
	public boolean wants(WebhookEventType type) {
		return active && EventPattern.anyMatches(events, type);
	}

}
