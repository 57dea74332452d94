package org.aftersale.notifications.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.MessagingPolicy;
import org.aftersale.notifications.Trigger;
import org.aftersale.notifications.TriggerSetting;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The message settings page as typed: every trigger on every channel, and the store's
 * sender, quiet hours and timing.
 */
record NotificationSettingsForm(List<NotificationSettingsRow> rows, String senderName, String fromAddress,
		String replyTo, String quietStart, String quietEnd, boolean quietHoursEmail, String digestMinutes,
		String followUpDays) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** The form's values once they all make sense, or the problems by field name. */
	record Checked(List<TriggerSetting> settings, @Nullable MessagingPolicy policy, Map<String, String> errors) {
	}

	static NotificationSettingsForm of(List<TriggerSetting> settings, MessagingPolicy policy) {
		return new NotificationSettingsForm(settings.stream().map(NotificationSettingsRow::of).toList(),
				text(policy.senderName()), text(policy.fromAddress()), text(policy.replyTo()),
				policy.quietStart() == null ? "" : policy.quietStart().toString(),
				policy.quietEnd() == null ? "" : policy.quietEnd().toString(), policy.quietHoursEmail(),
				String.valueOf(policy.digestMinutes()), String.valueOf(policy.followUpDays()));
	}

	static NotificationSettingsForm of(MultiValueMap<String, String> params) {
		List<NotificationSettingsRow> rows = new ArrayList<>();
		for (Trigger trigger : Trigger.values()) {
			for (Channel channel : Channel.values()) {
				rows.add(NotificationSettingsRow.of(trigger, channel, params));
			}
		}
		return new NotificationSettingsForm(rows, NotificationSettingsRow.value(params, "senderName").strip(),
				NotificationSettingsRow.value(params, "fromAddress").strip(),
				NotificationSettingsRow.value(params, "replyTo").strip(),
				NotificationSettingsRow.value(params, "quietStart").strip(),
				NotificationSettingsRow.value(params, "quietEnd").strip(), params.containsKey("quietHoursEmail"),
				NotificationSettingsRow.value(params, "digestMinutes").strip(),
				NotificationSettingsRow.value(params, "followUpDays").strip());
	}

	Checked check(StoreId storeId) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<TriggerSetting> settings = new ArrayList<>();
		for (NotificationSettingsRow row : rows) {
			TriggerSetting setting = row.check(errors);
			if (setting != null) {
				settings.add(setting);
			}
		}
		if (senderName.length() > 100) {
			errors.put("senderName", "Keep the sender name under 100 characters.");
		}
		if (!fromAddress.isEmpty() && !EMAIL.matcher(fromAddress).matches()) {
			errors.put("fromAddress", "Enter an e-mail address such as hello@yourshop.com.");
		}
		if (!replyTo.isEmpty() && !EMAIL.matcher(replyTo).matches()) {
			errors.put("replyTo", "Enter an e-mail address such as support@yourshop.com.");
		}
		LocalTime start = time(quietStart, "quietStart", errors);
		LocalTime end = time(quietEnd, "quietEnd", errors);
		if ((start == null) != (end == null) && !errors.containsKey("quietStart") && !errors.containsKey("quietEnd")) {
			errors.put(start == null ? "quietStart" : "quietEnd", "Set both ends of the quiet hours, or neither.");
		}
		int digest = number(digestMinutes, 0, 1440, "digestMinutes", "Enter 0 (no digest) to 1440 minutes.", errors);
		int followUp = number(followUpDays, 1, 90, "followUpDays", "Enter 1 to 90 days.", errors);
		if (!errors.isEmpty()) {
			return new Checked(settings, null, errors);
		}
		return new Checked(settings, new MessagingPolicy(storeId, blankToNull(senderName), blankToNull(fromAddress),
				blankToNull(replyTo), start, end, quietHoursEmail, digest, followUp), errors);
	}

	private static @Nullable LocalTime time(String value, String field, Map<String, String> errors) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Enter a time such as 21:00.");
			return null;
		}
	}

	private static int number(String value, int min, int max, String field, String message,
			Map<String, String> errors) {
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.put(field, message);
		return min;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
