package org.aftersale.notifications.sms;

import org.jspecify.annotations.Nullable;

/**
 * What a merchant submits for the store's SMS provider. Checked by
 * {@link SmsProviders#save}.
 *
 * @param authToken the account's secret; may be left out in the admin to keep the stored
 * one
 * @param baseUrl the API's base URL, Twilio's when left out
 */
public record SmsProviderUpdate(@Nullable String provider, @Nullable String accountSid, @Nullable String authToken,
		@Nullable String fromNumber, @Nullable String baseUrl) {

	@Override
	public String toString() {
		return "SmsProviderUpdate[provider=" + provider + ", accountSid=" + accountSid + ", fromNumber=" + fromNumber
				+ ", baseUrl=" + baseUrl + "]";
	}

}
