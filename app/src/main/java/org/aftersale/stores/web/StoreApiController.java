package org.aftersale.stores.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.StoreId;
import org.aftersale.stores.StoreRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stores")
class StoreApiController {

	record NewStoreRequest(@Nullable String name, @Nullable String slug) {
	}

	record NewStoreResponse(UUID id, String slug, String name, String apiKey) {
	}

	private final StoreRegistry registry;

	StoreApiController(StoreRegistry registry) {
		this.registry = registry;
	}

	@PostMapping("/api/v1/stores")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Open a further store for the same owners",
			description = "Needs an owner key. The response carries the new store's first owner key, shown only once.")
	NewStoreResponse create(StoreId storeId, @RequestBody NewStoreRequest request) {
		StoreRegistry.OpenedStore opened = registry.openStoreBesides(storeId, request.name(), request.slug());
		return new NewStoreResponse(opened.store().id().value(), opened.store().slug(), opened.store().name(),
				opened.apiKey());
	}

}
