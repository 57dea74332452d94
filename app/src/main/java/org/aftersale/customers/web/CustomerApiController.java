package org.aftersale.customers.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.customers.CustomerId;
import org.aftersale.customers.CustomerPage;
import org.aftersale.customers.CustomerQueries;
import org.aftersale.customers.CustomerRegistry;
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
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Shoppers per store, identified by e-mail, with their order history")
class CustomerApiController {

	private final CustomerRegistry registry;

	private final CustomerQueries queries;

	CustomerApiController(CustomerRegistry registry, CustomerQueries queries) {
		this.registry = registry;
		this.queries = queries;
	}

	@PostMapping
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Create or update a customer",
			description = "Upsert by e-mail address, and by (source, externalId) when an externalId is given: "
					+ "201 when created, 200 with the stored customer when they already existed.")
	ResponseEntity<CustomerJson> submit(StoreId storeId, @RequestBody CustomerRequest request) {
		CustomerRegistry.Result result = registry.submit(storeId, request.toSubmission());
		HttpStatus status = result.outcome() == CustomerRegistry.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status).body(CustomerJson.of(result.customer()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "One customer with their order-history summary")
	CustomerJson get(StoreId storeId, @PathVariable("id") UUID id) {
		return queries.find(storeId, new CustomerId(id))
			.map(CustomerJson::of)
			.orElseThrow(() -> new NotFoundException("customer"));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "Find customers",
			description = "Newest first; email matches exactly, q matches part of the e-mail address or name.")
	Map<String, Object> list(StoreId storeId, @RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > CustomerQueries.MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + CustomerQueries.MAX_LIMIT);
		}
		CustomerPage page = queries.list(storeId, email, q, cursor, limit);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.items().stream().map(CustomerJson::of).toList());
		body.put("nextCursor", page.nextCursor());
		return body;
	}

}
