package org.aftersale.integrations.shopify;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/integrations/shopify")
@Tag(name = "Shopify", description = "The store's connection to its Shopify shop")
class ShopifyApiController {

	record ConnectionRequest(@Nullable String shopDomain, @Nullable String webhookSecret,
			@Nullable String accessToken) {

		@Override
		public String toString() {
			return "ConnectionRequest[" + shopDomain + "]";
		}

	}

	record BackfillJson(String resource, String status, int fetched, int imported, int failed,
			@Nullable String lastError, Instant updatedAt) {
	}

	record FailureJson(String origin, String topic, @Nullable String resourceId, String problem, Instant receivedAt) {
	}

	record ConnectionJson(String shopDomain, String webhookUrl, String webhookSecret, @Nullable String accessToken,
			ShopifyOverview.Webhooks webhooks, List<BackfillJson> backfill, List<FailureJson> failedDeliveries) {

		static ConnectionJson of(ShopifyOverview.Status status) {
			return new ConnectionJson(status.shopDomain(), status.webhookUrl(), "set", status.accessTokenHint(),
					status.webhooks(),
					status.backfill()
						.stream()
						.map(j -> new BackfillJson(j.resource(), j.status(), j.fetched(), j.imported(), j.failed(),
								j.lastError(), j.updatedAt()))
						.toList(),
					status.failures()
						.stream()
						.map(f -> new FailureJson(f.origin(), f.topic(), f.resourceId(), f.problem(), f.receivedAt()))
						.toList());
		}

	}

	private final ShopifyConnector connector;

	private final ShopifyOverview overview;

	ShopifyApiController(ShopifyConnector connector, ShopifyOverview overview) {
		this.connector = connector;
		this.overview = overview;
	}

	@PutMapping
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Connect the store to its Shopify shop",
			description = "With an accessToken, subscribes the webhooks and starts back-filling 12 months of history. "
					+ "Secrets are never returned.")
	ConnectionJson connect(StoreId storeId, @RequestBody ConnectionRequest request) {
		connector.connect(storeId,
				new ShopifyConnector.Connect(request.shopDomain(), request.webhookSecret(), request.accessToken()));
		return get(storeId);
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "The Shopify connection, webhook subscriptions and back-fill progress")
	ConnectionJson get(StoreId storeId) {
		return overview.of(storeId).map(ConnectionJson::of).orElseThrow(() -> new NotFoundException("connection"));
	}

}
