package org.aftersale.webhooks;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event sent (or to be sent) to one subscription: the exact body and where its
 * attempts stand.
 *
 * @param eventId the {@code id} inside the payload, the same for every subscription that
 * receives this event
 * @param payload the JSON body, byte for byte what is signed and sent
 * @param nextAttemptAt when it is sent next; {@code null} once delivered or failed
 */
public record Delivery(DeliveryId id, SubscriptionId subscriptionId, UUID eventId, String eventType, String payload,
		DeliveryStatus status, int attempts, @Nullable Instant nextAttemptAt, @Nullable Integer lastStatusCode,
		@Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt) {

}
