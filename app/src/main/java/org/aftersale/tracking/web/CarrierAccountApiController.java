package org.aftersale.tracking.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.polling.CarrierAccount;
import org.aftersale.tracking.polling.CarrierAccounts;
import org.aftersale.tracking.polling.CarrierSettingsUpdate;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/integrations/carriers")
@Tag(name = "Carriers", description = "The store's own credentials for polling carriers' tracking APIs")
class CarrierAccountApiController {

	record CarrierAccountRequest(@Nullable String clientId, @Nullable String clientSecret, @Nullable String apiKey,
			@Nullable String accountNumber, @Nullable Boolean enabled) {

		@Override
		public String toString() {
			return "CarrierAccountRequest[enabled=" + enabled + "]";
		}

	}

	/** Secrets appear only as "…" plus their last four characters. */
	record CarrierAccountJson(String carrier, boolean configured, boolean enabled, @Nullable String clientId,
			@Nullable String clientSecret, @Nullable String apiKey, @Nullable String accountNumber, boolean paused,
			@Nullable String pausedReason, @Nullable Instant updatedAt) {

		static CarrierAccountJson of(CarrierAccount account) {
			return new CarrierAccountJson(account.carrier(), account.configured(), account.enabled(),
					ending(account.clientIdEnding()), ending(account.clientSecretEnding()),
					ending(account.apiKeyEnding()), account.accountNumber(), account.paused(), account.pausedReason(),
					account.updatedAt());
		}

		private static @Nullable String ending(@Nullable String hint) {
			return (hint != null) ? "…" + hint : null;
		}

	}

	private final CarrierAccounts accounts;

	CarrierAccountApiController(CarrierAccounts accounts) {
		this.accounts = accounts;
	}

	@PutMapping("/{carrier}")
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Set the store's credentials for a carrier (ups, fedex, usps, dhl)",
			description = "UPS, FedEx and USPS need clientId and clientSecret, DHL an apiKey. A secret left out keeps "
					+ "the stored one. Saving lifts a pause caused by refused credentials. Secrets are never returned.")
	CarrierAccountJson put(StoreId storeId, @PathVariable String carrier, @RequestBody CarrierAccountRequest request) {
		return CarrierAccountJson
			.of(accounts.save(storeId, carrier, new CarrierSettingsUpdate(request.clientId(), request.clientSecret(),
					request.apiKey(), request.accountNumber(), request.enabled() == null || request.enabled())));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Which carriers the store configured for polling, and whether polling is paused")
	List<CarrierAccountJson> list(StoreId storeId) {
		return accounts.list(storeId).stream().map(CarrierAccountJson::of).toList();
	}

}
