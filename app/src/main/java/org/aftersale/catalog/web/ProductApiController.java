package org.aftersale.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.catalog.Catalog;
import org.aftersale.catalog.CatalogQueries;
import org.aftersale.catalog.ProductId;
import org.aftersale.catalog.ProductPage;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "Products with variants, SKUs, prices and stock, kept by (source, externalId)")
class ProductApiController {

	private final Catalog catalog;

	private final CatalogQueries queries;

	ProductApiController(Catalog catalog, CatalogQueries queries) {
		this.catalog = catalog;
		this.queries = queries;
	}

	@PostMapping
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Create or update a product",
			description = "Upsert by (source, externalId), source defaulting to \"api\": 201 when created, "
					+ "200 with the stored product when it already existed. Prices are in the store's currency.")
	ResponseEntity<ProductJson> submit(StoreId storeId, @RequestBody ProductRequest request) {
		Catalog.Result result = catalog.submit(storeId, request.toSubmission());
		HttpStatus status = result.outcome() == Catalog.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status).body(ProductJson.of(result.product()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "One product with its variants")
	ProductJson get(StoreId storeId, @PathVariable("id") UUID id) {
		return queries.find(storeId, new ProductId(id))
			.map(ProductJson::of)
			.orElseThrow(() -> new NotFoundException("product"));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "Find products", description = "Newest first; q matches part of the title or an exact SKU.")
	Map<String, Object> list(StoreId storeId, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > CatalogQueries.MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + CatalogQueries.MAX_LIMIT);
		}
		ProductPage page = queries.list(storeId, q, cursor, limit);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.items().stream().map(ProductJson::of).toList());
		body.put("nextCursor", page.nextCursor());
		return body;
	}

}
