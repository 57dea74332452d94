package org.aftersale.tracking.polling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a merchant may see of a carrier's configuration: which fields are set and how they
 * end, never the values.
 *
 * @param pausedReason why polling stopped (the carrier refused the credentials), until
 * they are saved again
 */
public record CarrierAccount(String carrier, boolean configured, boolean enabled, @Nullable String clientIdEnding,
		@Nullable String clientSecretEnding, @Nullable String apiKeyEnding, @Nullable String accountNumber,
		@Nullable Instant pausedAt, @Nullable String pausedReason, @Nullable Instant updatedAt) {

	static CarrierAccount unconfigured(String carrier) {
		return new CarrierAccount(carrier, false, false, null, null, null, null, null, null, null);
	}

	public boolean paused() {
		return pausedAt != null;
	}

}
