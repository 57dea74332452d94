package org.aftersale.tracking.web;

import java.time.Clock;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.EventIngestion;
import org.aftersale.tracking.TrackingWebhookSecrets;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Tracking webhook", description = "Our own signed webhook for aggregators without a native adapter")
class TrackingWebhookController {

	private final TrackingWebhookSecrets secrets;

	private final EventIngestion ingestion;

	private final JsonMapper json;

	private final Clock clock;

	TrackingWebhookController(TrackingWebhookSecrets secrets, EventIngestion ingestion, JsonMapper json, Clock clock) {
		this.secrets = secrets;
		this.ingestion = ingestion;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping("/webhooks/tracking/{storeSlug}")
	@Operation(summary = "Receive signed tracking events",
			description = "Body: the event array of POST /api/v1/tracking-events. Header X-Aftersale-Signature: "
					+ "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.<raw body>\")>; older or newer than "
					+ "5 minutes, badly signed or for an unknown store alike: 401.")
	ResponseEntity<IngestionJson> receive(@PathVariable String storeSlug,
			@RequestHeader(name = "X-Aftersale-Signature", required = false) @Nullable String signature,
			@RequestBody(required = false) byte @Nullable [] body) {
		byte[] raw = body == null ? new byte[0] : body;
		Optional<StoreId> store = secrets.verify(storeSlug, signature, raw);
		if (store.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		JsonNode tree;
		try {
			tree = json.readTree(raw);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "is not valid JSON");
		}
		TrackingEventBatch.Parsed parsed = TrackingEventBatch.parse(tree, "webhook", clock.instant());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(IngestionJson.of(ingestion.record(store.get(), parsed.events()), parsed.problems()));
	}

}
