package org.aftersale.tracking.sources;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.aftersale.tracking.EventLocation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reading the loosely typed fields carriers send: blanks and JSON nulls both mean
 * "absent", and the raw event is the node serialized back to JSON.
 */
final class JsonFields {

	private JsonFields() {
	}

	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

	static String textOr(JsonNode node, String field, String fallback) {
		String text = text(node, field);
		return (text != null) ? text : fallback;
	}

	static String raw(JsonNode event) {
		return event.toString();
	}

	static List<JsonNode> elements(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

	static @Nullable EventLocation location(@Nullable String city, @Nullable String region, @Nullable String postalCode,
			@Nullable String country) {
		EventLocation location = new EventLocation(city, region, postalCode, country);
		return location.isEmpty() ? null : location;
	}

	static Optional<OffsetDateTime> offsetDateTime(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(value));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The date part of an ISO date or date-time, with or without offset. */
	static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(value.substring(0, 10));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Offsets as carriers write them: {@code -05:00}, {@code -7:00} (USPS drops the
	 * leading zero) or minutes as a number ({@code -420}, the USPS spec's own example).
	 */
	static @Nullable ZoneOffset offset(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			if (value.matches("[+-]?\\d+")) {
				return ZoneOffset.ofTotalSeconds(Integer.parseInt(value) * 60);
			}
			String[] parts = value.replace("+", "").split(":");
			int hours = Integer.parseInt(parts[0]);
			int minutes = (parts.length > 1) ? Integer.parseInt(parts[1]) : 0;
			return ZoneOffset.ofHoursMinutes(hours, value.startsWith("-") ? -minutes : minutes);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
