package org.aftersale.webhooks.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.StoreId;
import org.aftersale.webhooks.DeliveryLog;
import org.aftersale.webhooks.DeliveryPage;
import org.aftersale.webhooks.NewSecret;
import org.aftersale.webhooks.Subscription;
import org.aftersale.webhooks.SubscriptionChange;
import org.aftersale.webhooks.SubscriptionDesk;
import org.aftersale.webhooks.SubscriptionId;
import org.aftersale.webhooks.web.WebhookJson.CreatedJson;
import org.aftersale.webhooks.web.WebhookJson.DeliveryJson;
import org.aftersale.webhooks.web.WebhookJson.DeliveryListJson;
import org.aftersale.webhooks.web.WebhookJson.SecretJson;
import org.aftersale.webhooks.web.WebhookJson.SubscriptionJson;
import org.aftersale.webhooks.web.WebhookJson.SubscriptionListJson;
import org.aftersale.webhooks.web.WebhookJson.SubscriptionRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions over the API. Managing them takes an owner key, because a
 * subscription sends shoppers' data to any address it names; reading takes a read key.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed event deliveries to the merchant's own systems")
class WebhookApiController {

	static final int MAX_LIMIT = 200;

	private final SubscriptionDesk desk;

	private final DeliveryLog log;

	WebhookApiController(SubscriptionDesk desk, DeliveryLog log) {
		this.desk = desk;
		this.log = log;
	}

	@PostMapping
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Subscribe a URL to events",
			description = "events: *, order.*, shipment.* or exact names (order.placed, order.updated, "
					+ "order.cancelled, order.fulfilled, order.refunded, shipment.created, shipment.status_changed, "
					+ "shipment.delivered, shipment.exception, shipment.estimate_changed, shipment.delayed). The answer carries the "
					+ "signing secret; it is never shown again.")
	ResponseEntity<CreatedJson> create(StoreId storeId, @RequestBody SubscriptionRequest request) {
		NewSecret created = desk.subscribe(storeId, change(request));
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.subscription().id()))
			.body(CreatedJson.of(created));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "The store's webhook subscriptions (without secrets), oldest first, cursor-paginated")
	SubscriptionListJson list(StoreId storeId, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		KeysetPage<Subscription> page = desk.page(storeId, cursor, limit);
		return new SubscriptionListJson(page.items().stream().map(SubscriptionJson::of).toList(), page.nextCursor());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "One webhook subscription (without its secret)")
	SubscriptionJson get(StoreId storeId, @PathVariable UUID id) {
		return SubscriptionJson.of(desk.get(storeId, new SubscriptionId(id)));
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Change a subscription's url, events, description or active flag; omitted fields stay")
	SubscriptionJson change(StoreId storeId, @PathVariable UUID id, @RequestBody SubscriptionRequest request) {
		return SubscriptionJson.of(desk.change(storeId, new SubscriptionId(id), change(request)));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('API_OWNER')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a subscription and its delivery log")
	void delete(StoreId storeId, @PathVariable UUID id) {
		desk.unsubscribe(storeId, new SubscriptionId(id));
	}

	@PostMapping("/{id}/rotate-secret")
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Replace the signing secret at once; the answer carries the new one, shown this once")
	SecretJson rotate(StoreId storeId, @PathVariable UUID id) {
		NewSecret rotated = desk.rotateSecret(storeId, new SubscriptionId(id));
		return new SecretJson(id, rotated.secret());
	}

	@GetMapping("/{id}/deliveries")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "The subscription's deliveries, newest first, cursor-paginated")
	DeliveryListJson deliveries(StoreId storeId, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		DeliveryPage page = log.page(storeId, new SubscriptionId(id), cursor, limit);
		return new DeliveryListJson(page.items().stream().map(d -> DeliveryJson.of(d, null)).toList(),
				page.nextCursor());
	}

	private static SubscriptionChange change(SubscriptionRequest request) {
		return new SubscriptionChange(request.url(), request.events(), request.description(), request.active());
	}

}
