package org.aftersale.stores.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.StoreId;
import org.aftersale.stores.ApiKey;
import org.aftersale.stores.ApiKeyIssuer;
import org.aftersale.stores.ApiKeyScope;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The store's API keys over the API. Managing keys takes an owner key: a key that can
 * make keys can make itself any scope.
 */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys of the store, each with a scope: read, write or owner")
class ApiKeyApiController {

	static final int MAX_LIMIT = 200;

	record NewKeyRequest(@Nullable String name, @Nullable String scope) {
	}

	record NewKeyJson(UUID id, String name, String scope, String apiKey, Instant createdAt) {
	}

	record KeyJson(UUID id, String name, String scope, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant revokedAt, boolean active) {

		static KeyJson of(ApiKey key) {
			return new KeyJson(key.id(), key.name(), key.scope().wireName(), key.prefix(), key.createdAt(),
					key.lastUsedAt(), key.revokedAt(), key.isActive());
		}

	}

	record KeyListJson(List<KeyJson> items, @Nullable String nextCursor) {
	}

	private final ApiKeyIssuer issuer;

	ApiKeyApiController(ApiKeyIssuer issuer) {
		this.issuer = issuer;
	}

	@PostMapping
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Create a key", description = "The answer carries the key itself, shown this once.")
	ResponseEntity<NewKeyJson> create(StoreId storeId, @RequestBody NewKeyRequest request) {
		ApiKeyScope scope = scope(request.scope());
		ApiKeyIssuer.IssuedKey issued = issuer.issue(storeId, request.name() == null ? "" : request.name(), scope,
				null);
		ApiKey key = issued.key();
		return ResponseEntity.created(URI.create("/api/v1/api-keys/" + key.id()))
			.body(new NewKeyJson(key.id(), key.name(), key.scope().wireName(), issued.token(), key.createdAt()));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "The store's keys, newest first, without their secrets; cursor-paginated")
	KeyListJson list(StoreId storeId, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		KeysetPage<ApiKey> page = issuer.page(storeId, cursor, limit);
		return new KeyListJson(page.items().stream().map(KeyJson::of).toList(), page.nextCursor());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('API_OWNER')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a key: requests with it are refused from now on")
	void revoke(StoreId storeId, @PathVariable UUID id) {
		issuer.revoke(storeId, id);
	}

	private static ApiKeyScope scope(@Nullable String value) {
		try {
			return ApiKeyScope.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("scope", "must be read, write or owner");
		}
	}

}
