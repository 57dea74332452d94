package org.aftersale.webhooks.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.StoreId;
import org.aftersale.webhooks.Delivery;
import org.aftersale.webhooks.DeliveryId;
import org.aftersale.webhooks.DeliveryLog;
import org.aftersale.webhooks.web.WebhookJson.DeliveryJson;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * One webhook delivery with its attempts, and "send it again".
 */
@RestController
@RequestMapping("/api/v1/webhook-deliveries")
@Tag(name = "Webhooks")
class WebhookDeliveryApiController {

	private final DeliveryLog log;

	WebhookDeliveryApiController(DeliveryLog log) {
		this.log = log;
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "A delivery with its payload and every attempt made")
	DeliveryJson get(StoreId storeId, @PathVariable UUID id) {
		DeliveryId deliveryId = new DeliveryId(id);
		return DeliveryJson.of(log.get(storeId, deliveryId), log.attempts(storeId, deliveryId));
	}

	@PostMapping("/{id}/resend")
	@PreAuthorize("hasRole('API_WRITE')")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a delivery again now, same body and delivery id, with a fresh round of retries")
	DeliveryJson resend(StoreId storeId, @PathVariable UUID id) {
		Delivery delivery = log.resend(storeId, new DeliveryId(id));
		return DeliveryJson.of(delivery, null);
	}

}
