package org.aftersale.notifications.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aftersale.notifications.Trigger;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The localized words of messages in one language: the labels of the shared layout
 * ({@code t} in a template), each trigger's subject, heading, intro and SMS line, and the
 * tracking page's plain words for statuses and their reasons, so a shopper reads the same
 * words in an e-mail as on the page.
 */
public final class TemplateTexts {

	static final List<String> LABELS = List.of("greeting", "greeting_anonymous", "track_button", "order", "items",
			"quantity", "subtotal", "discount", "shipping", "tax", "total", "expected", "delivered_on", "carrier",
			"tracking_number", "ship_to", "latest", "carrier_said", "questions", "unsubscribe");

	private final MessageSource messages;

	private final Locale locale;

	// The words are fixed resources: looked up once per instance, not for every message.
	private final Map<String, String> looked = new ConcurrentHashMap<>();

	public TemplateTexts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	/** The layout's labels, by the names templates use after {@code t.}. */
	Map<String, Object> labels() {
		Map<String, Object> labels = new LinkedHashMap<>();
		for (String label : LABELS) {
			labels.put(label, get("notifications.label." + label));
		}
		return labels;
	}

	/**
	 * One of {@code subject}, {@code heading}, {@code intro}, {@code sms}: Liquid source.
	 */
	String trigger(Trigger trigger, String part) {
		return get("notifications." + trigger.wireName() + "." + part);
	}

	String status(ShipmentStatus status) {
		return get("tracking.status." + status.wireName());
	}

	String reason(ShipmentStatus status, @Nullable ShipmentSubStatus subStatus) {
		if (subStatus != null) {
			return get("tracking.problem." + subStatus.wireName());
		}
		return status == ShipmentStatus.FAILED_ATTEMPT ? get("tracking.problem.failed_attempt") : "";
	}

	private String get(String code) {
		return looked.computeIfAbsent(code, c -> messages.getMessage(c, null, c, locale));
	}

}
