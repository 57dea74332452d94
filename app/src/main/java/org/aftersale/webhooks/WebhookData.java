package org.aftersale.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} object of a payload under construction: keys in the order they are
 * put, {@code null} values kept (a receiver sees {@code "carrier": null} rather than
 * guessing), times as ISO-8601 and money as a decimal string with its currency.
 */
final class WebhookData {

	private final Map<String, @Nullable Object> values = new LinkedHashMap<>();

	/**
	 * Any value as its string form: ids, names, {@code Instant}s and dates as ISO-8601.
	 */
	WebhookData put(String key, @Nullable Object value) {
		values.put(key, (value != null) ? value.toString() : null);
		return this;
	}

	WebhookData putRaw(String key, Object value) {
		values.put(key, value);
		return this;
	}

	WebhookData money(String key, Money money) {
		values.put(key, money.toString());
		values.put("currency", money.currency().getCurrencyCode());
		return this;
	}

	Map<String, @Nullable Object> asMap() {
		return values;
	}

}
