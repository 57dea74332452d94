package org.aftersale.tracking.polling;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * A store's decrypted credentials for one carrier, held only for the duration of a poll.
 * {@link #toString()} never shows the secrets.
 *
 * @param clientId OAuth client id (UPS, FedEx, USPS)
 * @param clientSecret OAuth client secret (UPS, FedEx, USPS)
 * @param apiKey DHL's API key
 * @param accountNumber the shipper account, sent where the carrier wants it (UPS
 * {@code x-merchant-id})
 */
public record CarrierCredentials(StoreId storeId, String carrier, @Nullable String clientId,
		@Nullable String clientSecret, @Nullable String apiKey, @Nullable String accountNumber) {

	String requireClientId() {
		return require(clientId, "client id");
	}

	String requireClientSecret() {
		return require(clientSecret, "client secret");
	}

	String requireApiKey() {
		return require(apiKey, "API key");
	}

	private String require(@Nullable String value, String what) {
		if (value == null || value.isBlank()) {
			throw new CarrierCallException(CarrierCallException.Kind.AUTH_REJECTED,
					carrier + " " + what + " is not set");
		}
		return value;
	}

	@Override
	public String toString() {
		return "CarrierCredentials[" + storeId + ", " + carrier + "]";
	}

}
