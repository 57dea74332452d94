package org.aftersale.webhooks;

import java.util.UUID;

/**
 * Identifies a webhook subscription across Aftersale.
 */
public record SubscriptionId(UUID value) {

	public static SubscriptionId random() {
		return new SubscriptionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
