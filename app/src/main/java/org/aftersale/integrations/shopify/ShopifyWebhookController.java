package org.aftersale.integrations.shopify;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Shopify webhooks", description = "Deliveries from a connected Shopify shop")
class ShopifyWebhookController {

	private final ShopifyWebhookVerifier verifier;

	private final ShopifyWebhookReceiver receiver;

	ShopifyWebhookController(ShopifyWebhookVerifier verifier, ShopifyWebhookReceiver receiver) {
		this.verifier = verifier;
		this.receiver = receiver;
	}

	@PostMapping("/webhooks/shopify/{storeSlug}")
	@Operation(summary = "Receive a Shopify webhook",
			description = "Verified with X-Shopify-Hmac-Sha256; 401 for a bad signature or an unknown store alike. "
					+ "A repeated X-Shopify-Webhook-Id is acknowledged and ignored.")
	ResponseEntity<Void> receive(@PathVariable String storeSlug,
			@RequestHeader(name = "X-Shopify-Hmac-Sha256", required = false) @Nullable String signature,
			@RequestHeader(name = "X-Shopify-Topic", required = false) @Nullable String topic,
			@RequestHeader(name = "X-Shopify-Webhook-Id", required = false) @Nullable String webhookId,
			@RequestBody(required = false) byte @Nullable [] body) {
		byte[] raw = body == null ? new byte[0] : body;
		Optional<StoreId> store = verifier.verify(storeSlug, signature, raw);
		if (store.isEmpty()) {
			return ResponseEntity.status(401).build();
		}
		String id = webhookId == null || webhookId.isBlank() || webhookId.length() > 128 ? null : webhookId.strip();
		receiver.receive(store.get(), id, topic == null ? "" : topic.strip(), raw);
		return ResponseEntity.ok().build();
	}

}
