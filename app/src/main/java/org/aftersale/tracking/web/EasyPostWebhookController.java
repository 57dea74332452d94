package org.aftersale.tracking.web;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.EasyPostWebhooks;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "EasyPost", description = "Tracker updates pushed by EasyPost, verified by their HMAC signature")
class EasyPostWebhookController {

	record EasyPostConnection(@Nullable String webhookSecret) {
	}

	private final EasyPostWebhooks easyPost;

	private final JsonMapper json;

	EasyPostWebhookController(EasyPostWebhooks easyPost, JsonMapper json) {
		this.easyPost = easyPost;
		this.json = json;
	}

	@PutMapping("/api/v1/integrations/easypost")
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Set the EasyPost webhook secret",
			description = "Then point an EasyPost webhook at /webhooks/easypost/{storeSlug} with the same secret.")
	ResponseEntity<java.util.Map<String, Object>> connect(StoreId storeId, @RequestBody EasyPostConnection request) {
		easyPost.connect(storeId, request.webhookSecret());
		return ResponseEntity.ok(java.util.Map.of("configured", true));
	}

	@PostMapping("/webhooks/easypost/{storeSlug}")
	@Operation(summary = "Receive an EasyPost event",
			description = "Header X-Hmac-Signature: hmac-sha256-hex=<HMAC-SHA256 of the raw body with the NFKD-normalised "
					+ "secret>. Bad signature or unknown store: 401. tracker.updated events update shipments.")
	ResponseEntity<IngestionJson> receive(@PathVariable String storeSlug,
			@RequestHeader(name = "X-Hmac-Signature", required = false) @Nullable String signature,
			@RequestBody(required = false) byte @Nullable [] body) {
		byte[] raw = body == null ? new byte[0] : body;
		Optional<StoreId> store = easyPost.verify(storeSlug, signature, raw);
		if (store.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		JsonNode event;
		try {
			event = json.readTree(raw);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "is not valid JSON");
		}
		return ResponseEntity.ok(IngestionJson.of(easyPost.apply(store.get(), event), List.of()));
	}

}
