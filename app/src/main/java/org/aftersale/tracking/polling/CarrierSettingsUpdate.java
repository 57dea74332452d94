package org.aftersale.tracking.polling;

import org.jspecify.annotations.Nullable;

/**
 * A merchant's change to one carrier's credentials. A secret left empty keeps the one
 * already stored, so a form can show "set, ending …1234" instead of the value.
 */
public record CarrierSettingsUpdate(@Nullable String clientId, @Nullable String clientSecret, @Nullable String apiKey,
		@Nullable String accountNumber, boolean enabled) {

	@Override
	public String toString() {
		return "CarrierSettingsUpdate[enabled=" + enabled + "]";
	}

}
