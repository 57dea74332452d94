package org.aftersale.notifications.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.sms.SmsProvider;
import org.aftersale.notifications.sms.SmsProviderUpdate;
import org.aftersale.notifications.sms.SmsProviders;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/integrations/sms")
@Tag(name = "SMS", description = "The store's SMS provider account (any Twilio-compatible Messages API)")
class SmsProviderApiController {

	record SmsProviderRequest(@Nullable String provider, @Nullable String accountSid, @Nullable String authToken,
			@Nullable String fromNumber, @Nullable String baseUrl) {

		@Override
		public String toString() {
			return "SmsProviderRequest[provider=" + provider + ", accountSid=" + accountSid + "]";
		}

	}

	/**
	 * The account without its token; the webhook URLs are where the merchant points the
	 * number's incoming messages (STOP, HELP) in the provider's console.
	 */
	record SmsProviderJson(String provider, String accountSid, boolean authTokenSet, String fromNumber, String baseUrl,
			String inboundWebhookUrl, String statusCallbackUrl, Instant updatedAt) {

		static SmsProviderJson of(SmsProvider provider, String webhookBase) {
			return new SmsProviderJson(provider.provider(), provider.accountSid(), true, provider.fromNumber(),
					provider.baseUrl(), webhookBase, webhookBase + "/status", provider.updatedAt());
		}

	}

	private final SmsProviders providers;

	private final StoreDirectory stores;

	private final PublicUrl publicUrl;

	SmsProviderApiController(SmsProviders providers, StoreDirectory stores, PublicUrl publicUrl) {
		this.providers = providers;
		this.stores = stores;
		this.publicUrl = publicUrl;
	}

	@PutMapping
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Set the store's SMS provider",
			description = "provider must be twilio (any Twilio-compatible API), accountSid AC plus 32 hex digits, "
					+ "fromNumber a number in E.164 or an alphanumeric sender id of up to 11 characters; baseUrl "
					+ "defaults to https://api.twilio.com. The token is stored encrypted and never returned.")
	SmsProviderJson put(StoreId storeId, @RequestBody SmsProviderRequest request) {
		SmsProvider saved = providers.save(storeId, new SmsProviderUpdate(request.provider(), request.accountSid(),
				request.authToken(), request.fromNumber(), request.baseUrl()), false);
		return SmsProviderJson.of(saved, webhookBase(storeId));
	}

	@GetMapping
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "The store's SMS provider, without its token")
	SmsProviderJson get(StoreId storeId) {
		return providers.find(storeId)
			.map(provider -> SmsProviderJson.of(provider, webhookBase(storeId)))
			.orElseThrow(() -> new NotFoundException("SMS provider"));
	}

	@DeleteMapping
	@PreAuthorize("hasRole('API_OWNER')")
	@Operation(summary = "Remove the store's SMS provider: no more texts are planned or sent")
	ResponseEntity<Void> delete(StoreId storeId) {
		if (!providers.remove(storeId)) {
			throw new NotFoundException("SMS provider");
		}
		return ResponseEntity.noContent().build();
	}

	private String webhookBase(StoreId storeId) {
		return publicUrl.resolve("/webhooks/sms/" + stores.get(storeId).slug());
	}

}
