package org.aftersale.notifications.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Trigger;
import org.aftersale.notifications.TriggerConditions;
import org.aftersale.notifications.TriggerSetting;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * One trigger on one channel in the settings form, as typed: field names are
 * {@code <key>.<field>} with the key {@code shipped.sms}.
 */
record NotificationSettingsRow(Trigger trigger, Channel channel, boolean enabled, String delay, String delayUnit,
		String customers, String minTotal, String maxTotal, String tags, String countries, String shippingMethods) {

	public String key() {
		return trigger.wireName() + "." + channel.wireName();
	}

	public String label() {
		return TemplateRef.label(trigger);
	}

	public String channelLabel() {
		return channel == Channel.EMAIL ? "E-mail" : "SMS";
	}

	public boolean hasConditions() {
		return !customers.equals("any") || !minTotal.isBlank() || !maxTotal.isBlank() || !tags.isBlank()
				|| !countries.isBlank() || !shippingMethods.isBlank();
	}

	static NotificationSettingsRow of(TriggerSetting setting) {
		long minutes = setting.delay().toMinutes();
		boolean hours = minutes > 0 && minutes % 60 == 0;
		TriggerConditions c = setting.conditions();
		return new NotificationSettingsRow(setting.trigger(), setting.channel(), setting.enabled(),
				String.valueOf(hours ? minutes / 60 : minutes), hours ? "hours" : "minutes", c.customers(),
				c.minTotal() == null ? "" : c.minTotal().toPlainString(),
				c.maxTotal() == null ? "" : c.maxTotal().toPlainString(), String.join(", ", c.tags()),
				String.join(", ", c.countries()), String.join(", ", c.shippingMethods()));
	}

	static NotificationSettingsRow of(Trigger trigger, Channel channel, MultiValueMap<String, String> params) {
		String key = trigger.wireName() + "." + channel.wireName() + ".";
		return new NotificationSettingsRow(trigger, channel, params.containsKey(key + "enabled"),
				value(params, key + "delay"), value(params, key + "delayUnit"), value(params, key + "customers"),
				value(params, key + "minTotal"), value(params, key + "maxTotal"), value(params, key + "tags"),
				value(params, key + "countries"), value(params, key + "shippingMethods"));
	}

	/** The setting, or {@code null} with the problems added to {@code errors}. */
	@Nullable TriggerSetting check(Map<String, String> errors) {
		String key = key() + ".";
		long minutes = 0;
		try {
			long amount = delay.isBlank() ? 0 : Long.parseLong(delay.strip());
			minutes = delayUnit.equals("hours") ? amount * 60 : amount;
			if (amount < 0 || minutes > 525_600) {
				errors.put(key + "delay", "Enter a delay between 0 and 365 days.");
			}
		}
		catch (NumberFormatException ex) {
			errors.put(key + "delay", "Enter the delay as a whole number.");
		}
		BigDecimal min = amount(minTotal, key + "minTotal", errors);
		BigDecimal max = amount(maxTotal, key + "maxTotal", errors);
		if (min != null && max != null && min.compareTo(max) >= 0) {
			errors.put(key + "maxTotal", "The maximum must be above the minimum.");
		}
		List<String> countryList = list(countries);
		if (countryList.stream().anyMatch(c -> !c.matches("[A-Za-z]{2}"))) {
			errors.put(key + "countries", "Use two-letter country codes, such as DE, US, BR.");
		}
		if (!List.of("any", "first_time", "repeat").contains(customers.isBlank() ? "any" : customers)) {
			errors.put(key + "customers", "Choose any, first-time or repeat customers.");
		}
		if (errors.keySet().stream().anyMatch(k -> k.startsWith(key))) {
			return null;
		}
		return new TriggerSetting(trigger, channel, enabled, Duration.ofMinutes(minutes),
				new TriggerConditions(customers, min, max, list(tags), countryList, list(shippingMethods)));
	}

	private static @Nullable BigDecimal amount(String value, String field, Map<String, String> errors) {
		if (value.isBlank()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(value.strip().replace(',', '.'));
			if (amount.signum() < 0) {
				errors.put(field, "Enter an amount of zero or more.");
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			errors.put(field, "Enter an amount such as 50 or 49.90.");
			return null;
		}
	}

	private static List<String> list(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

	static String value(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value;
	}

}
