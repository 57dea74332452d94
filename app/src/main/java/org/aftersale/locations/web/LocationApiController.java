package org.aftersale.locations.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.StoreId;
import org.aftersale.locations.Location;
import org.aftersale.locations.LocationDirectory;
import org.aftersale.locations.LocationId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/locations")
@Tag(name = "Locations", description = "Warehouses and shops: where returns go and are taken in")
class LocationApiController {

	private final LocationDirectory directory;

	LocationApiController(LocationDirectory directory) {
		this.directory = directory;
	}

	@PostMapping
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Add a location",
			description = "Without timeZone, the zone of the address's country (or US, CA, AU, BR region) is taken. "
					+ "acceptsReturns defaults to true for a warehouse and false for a store. "
					+ "Honours Idempotency-Key.")
	ResponseEntity<LocationJson> add(StoreId storeId, @RequestBody LocationRequest request) {
		Location added = directory.add(storeId, request.toSubmission());
		return ResponseEntity.status(HttpStatus.CREATED).body(LocationJson.of(added));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "One location")
	LocationJson get(StoreId storeId, @PathVariable("id") UUID id) {
		return LocationJson.of(directory.current(storeId, new LocationId(id)));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "The store's locations", description = "In the order they were added.")
	Map<String, Object> list(StoreId storeId, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > LocationDirectory.MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + LocationDirectory.MAX_LIMIT);
		}
		KeysetPage<Location> page = directory.list(storeId, cursor, limit);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.items().stream().map(LocationJson::of).toList());
		body.put("nextCursor", page.nextCursor());
		return body;
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Replace a location's details")
	LocationJson change(StoreId storeId, @PathVariable("id") UUID id, @RequestBody LocationRequest request) {
		return LocationJson.of(directory.change(storeId, new LocationId(id), request.toSubmission()));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Remove a location",
			description = "It leaves the lists; returns that went there keep showing it.")
	ResponseEntity<Void> remove(StoreId storeId, @PathVariable("id") UUID id) {
		directory.remove(storeId, new LocationId(id));
		return ResponseEntity.noContent().build();
	}

}
