package org.aftersale.notifications.sms;

import java.time.Instant;

import org.aftersale.kernel.StoreId;

/**
 * A store's SMS provider account (any API compatible with Twilio's Messages API).
 *
 * @param provider always {@code twilio} for now: the dialect of the API
 * @param authToken the account's secret; only this class and the channel see it, it is
 * never shown
 * @param fromNumber the sender: a number in E.164 or an alphanumeric sender id
 * @param baseUrl the API's base URL without a trailing slash
 */
public record SmsProvider(StoreId storeId, String provider, String accountSid, String authToken, String fromNumber,
		String baseUrl, Instant updatedAt) {

	@Override
	public String toString() {
		return "SmsProvider[store=" + storeId + ", provider=" + provider + ", accountSid=" + accountSid + ", from="
				+ fromNumber + ", baseUrl=" + baseUrl + "]";
	}

}
