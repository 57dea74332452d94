package org.aftersale.webhooks.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.aftersale.webhooks.Delivery;
import org.aftersale.webhooks.DeliveryAttempt;
import org.aftersale.webhooks.NewSecret;
import org.aftersale.webhooks.Subscription;
import org.jspecify.annotations.Nullable;

/**
 * The API's JSON shapes for webhooks. The secret appears only in the answers that create
 * or rotate it.
 */
final class WebhookJson {

	private WebhookJson() {
	}

	record SubscriptionRequest(@Nullable String url, @Nullable List<String> events, @Nullable String description,
			@Nullable Boolean active) {

	}

	record SubscriptionJson(UUID id, String url, List<String> events, @Nullable String description, boolean active,
			Instant createdAt, Instant updatedAt) {

		static SubscriptionJson of(Subscription subscription) {
			return new SubscriptionJson(subscription.id().value(), subscription.url(), subscription.events(),
					subscription.description(), subscription.active(), subscription.createdAt(),
					subscription.updatedAt());
		}

	}

	/** The answer to a creation: the subscription plus its secret, shown this once. */
	record CreatedJson(UUID id, String url, List<String> events, @Nullable String description, boolean active,
			Instant createdAt, Instant updatedAt, String secret) {

		static CreatedJson of(NewSecret created) {
			Subscription s = created.subscription();
			return new CreatedJson(s.id().value(), s.url(), s.events(), s.description(), s.active(), s.createdAt(),
					s.updatedAt(), created.secret());
		}

		@Override
		public String toString() {
			return "CreatedJson[" + id + "]";
		}

	}

	record SecretJson(UUID id, String secret) {

		@Override
		public String toString() {
			return "SecretJson[" + id + "]";
		}

	}

	record DeliveryJson(UUID id, UUID subscriptionId, UUID eventId, String eventType, String status, int attempts,
			@Nullable Instant nextAttemptAt, @Nullable Integer lastStatusCode, @Nullable String lastError,
			Instant createdAt, @Nullable Instant deliveredAt, @JsonRawValue String payload,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<AttemptJson> attemptLog) {

		static DeliveryJson of(Delivery d, @Nullable List<DeliveryAttempt> attempts) {
			return new DeliveryJson(d.id().value(), d.subscriptionId().value(), d.eventId(), d.eventType(),
					d.status().wireName(), d.attempts(), d.nextAttemptAt(), d.lastStatusCode(), d.lastError(),
					d.createdAt(), d.deliveredAt(), d.payload(),
					(attempts != null) ? attempts.stream().map(AttemptJson::of).toList() : null);
		}

	}

	record AttemptJson(int number, Instant attemptedAt, @Nullable Integer statusCode, @Nullable String responseExcerpt,
			@Nullable String error, long durationMillis) {

		static AttemptJson of(DeliveryAttempt a) {
			return new AttemptJson(a.number(), a.attemptedAt(), a.statusCode(), a.responseExcerpt(), a.error(),
					a.durationMillis());
		}

	}

	record SubscriptionListJson(List<SubscriptionJson> items, @Nullable String nextCursor) {
	}

	record DeliveryListJson(List<DeliveryJson> items, @Nullable String nextCursor) {

	}

}
