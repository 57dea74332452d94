package org.aftersale.tracking.web;

import java.time.Clock;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
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
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = TrackingEventDocument.class),
							maxItems = TrackingEventBatch.MAX_EVENTS),
					examples = @ExampleObject(name = "Two scans", value = """
							[{"trackingNumber":"1Z999AA10123456784","carrier":"ups","status":"in_transit",
							  "description":"Departed facility","occurredAt":"2026-10-02T08:00:00-05:00",
							  "location":{"city":"Louisville","region":"KY","postalCode":"40213","country":"US"}},
							 {"trackingNumber":"1Z999AA10123456784","status":"exception","code":"customs_hold",
							  "description":"Held by customs","occurredAt":"2026-10-03T14:30:00+01:00"}]""")))
	@ApiResponse(responseCode = "202", description = "Taken in; events with problems are listed in errors")
	@ApiResponse(responseCode = "422", description = "No event of the batch is valid: every problem is listed",
			content = @Content(mediaType = "application/problem+json"))
	IngestionJson record(StoreId storeId, @RequestBody JsonNode body) {
		TrackingEventBatch.Parsed parsed = TrackingEventBatch.parse(body, "api", clock.instant());
		if (parsed.events().isEmpty() && !parsed.problems().isEmpty()) {
			// Nothing could be taken: an error, not a success with nothing in it.
			throw new InvalidInputException(parsed.problems()
				.stream()
				.map(problem -> new FieldProblem(
						"[" + problem.index() + "]" + (problem.field().isEmpty() ? "" : "." + problem.field()),
						problem.message()))
				.toList());
		}
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
