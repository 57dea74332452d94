package org.aftersale.tracking.web;

import java.time.Clock;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.EventIngestion;
import org.aftersale.tracking.TrackingWebhookSecrets;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Tracking events", description = "Carrier events in batches, from scripts and aggregators")
class TrackingEventApiController {

	private final EventIngestion ingestion;

	private final TrackingWebhookSecrets secrets;

	private final Clock clock;

	TrackingEventApiController(EventIngestion ingestion, TrackingWebhookSecrets secrets, Clock clock) {
		this.ingestion = ingestion;
		this.secrets = secrets;
		this.clock = clock;
	}

	@PostMapping("/api/v1/tracking-events")
	@PreAuthorize("hasRole('API_WRITE')")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Record up to 10,000 carrier events",
			description = "Each event is checked on its own. Repeated events count as duplicates; tracking numbers "
					+ "of no shipment of this store are listed in unknown. A time without offset is taken as UTC "
					+ "and flagged zoneGuessed; a missing status is in_transit.")
	IngestionJson record(StoreId storeId, @RequestBody JsonNode body) {
		TrackingEventBatch.Parsed parsed = TrackingEventBatch.parse(body, "api", clock.instant());
		return IngestionJson.of(ingestion.record(storeId, parsed.events()), parsed.problems());
	}

	@PostMapping("/api/v1/tracking/webhook-secret")
	@PreAuthorize("hasRole('API_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Generate the secret of the signed tracking webhook",
			description = "Replaces any earlier secret at once. The secret is shown only in this answer.")
	Map<String, String> generateSecret(StoreId storeId) {
		return Map.of("secret", secrets.generate(storeId));
	}

}
