package org.aftersale.integrations.csv;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.aftersale.kernel.StoreId;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Orders")
class OrderImportApiController {

	private final OrderImport orderImport;

	OrderImportApiController(OrderImport orderImport) {
		this.orderImport = orderImport;
	}

	@PostMapping(path = "/api/v1/orders/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Import a Shopify order export (CSV upload)",
			description = "Each order is reported on its own: created, updated, unchanged or failed with the reasons.")
	ImportReport upload(StoreId storeId, @RequestParam("file") MultipartFile file) throws IOException {
		return orderImport.run(storeId, file.getInputStream());
	}

	@PostMapping(path = "/api/v1/orders/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Import a Shopify order export (CSV body)")
	ImportReport body(StoreId storeId, HttpServletRequest request) throws IOException {
		return orderImport.run(storeId, request.getInputStream());
	}

}
