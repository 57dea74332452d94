package org.aftersale.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one domain event into one queued delivery per active subscription of the store
 * that wants it. The body is built once, here, and stored: every attempt and every resend
 * sends the same bytes. Idempotent through the unique (subscription, event key).
 */
@Component
class WebhookFanOut {

	private final Subscriptions subscriptions;

	private final Deliveries deliveries;

	private final JsonMapper json;

	private final Clock clock;

	WebhookFanOut(Subscriptions subscriptions, Deliveries deliveries, JsonMapper json, Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Queues the event for every subscription that wants it; answers how many deliveries
	 * were newly queued.
	 * @param eventKey names the domain event deterministically, so that the same event
	 * delivered twice by the registry maps to the same key
	 * @param data the event's facts, camelCase, with money and times already as strings
	 */
	int publish(StoreId storeId, WebhookEventType type, String eventKey, Map<String, ?> data) {
		List<Subscription> wanting = subscriptions.active(storeId).stream().filter(s -> s.wants(type)).toList();
		if (wanting.isEmpty()) {
			return 0;
		}
		// One id per domain event and store, the same for every subscription and for a
		// redelivery: receivers can de-duplicate on it across endpoints.
		UUID eventId = UUID.nameUUIDFromBytes((storeId + "|" + eventKey).getBytes(StandardCharsets.UTF_8));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", eventId.toString());
		body.put("type", type.wireName());
		body.put("createdAt", now.toString());
		body.put("storeId", storeId.toString());
		body.put("data", data);
		String payload = json.writeValueAsString(body);
		int queued = 0;
		for (Subscription subscription : wanting) {
			if (deliveries.enqueue(storeId, subscription.id(), eventId, type, eventKey, payload, now)) {
				queued++;
			}
		}
		return queued;
	}

}
