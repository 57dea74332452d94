package org.aftersale.tracking.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Wording shared by the tracking admin pages, called from templates as
 * {@code @trackingFormat}: statuses in plain words, ages of events and raw carrier
 * payloads made readable.
 */
// Public with public methods: templates call it through SpEL, which only invokes public
// members of public types.
@Component("trackingFormat")
public class TrackingPageFormat {

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Clock clock;

	TrackingPageFormat(Clock clock) {
		this.clock = clock;
	}

	/** {@code FAILED_ATTEMPT} → "Failed attempt". */
	public String words(@Nullable Enum<?> value) {
		if (value == null) {
			return "";
		}
		String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** How long ago, in the largest whole unit: "5 minutes ago", "3 days ago". */
	public String age(@Nullable Instant at) {
		if (at == null) {
			return "never";
		}
		Duration ago = Duration.between(at, clock.instant());
		if (ago.isNegative() || ago.toMinutes() < 1) {
			return "just now";
		}
		if (ago.toHours() < 1) {
			return plural(ago.toMinutes(), "minute");
		}
		if (ago.toDays() < 1) {
			return plural(ago.toHours(), "hour");
		}
		return plural(ago.toDays(), "day");
	}

	/**
	 * The payload as the source sent it, indented when it is JSON. Carriers' payloads are
	 * one long line, unreadable in support; anything else is shown unchanged.
	 */
	public String pretty(String raw) {
		try {
			JsonNode tree = PRETTY.readTree(raw);
			return tree == null || tree.isMissingNode() ? raw : PRETTY.writeValueAsString(tree);
		}
		catch (JacksonException ex) {
			return raw;
		}
	}

	private static String plural(long n, String unit) {
		return n + " " + unit + (n == 1 ? "" : "s") + " ago";
	}

}
