package org.aftersale.tracking.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.EventLocation;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.aftersale.tracking.TrackingNumber;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reads the event array of {@code POST /api/v1/tracking-events} and of our signed
 * webhook. Each event is checked on its own: an invalid one is reported by index and
 * never stops the others.
 * <p>
 * A time without an offset is accepted as UTC and flagged {@code zoneGuessed}: feeds that
 * drop the zone still carry real scans, and rejecting them would lose the history; the
 * flag lets support and the tracking page say the hour may be off.
 */
final class TrackingEventBatch {

	static final int MAX_EVENTS = 10_000;

	// Scanners' clocks drift, but an event days ahead is a wrong field, not a scan.
	private static final Duration FUTURE_SLACK = Duration.ofDays(1);

	record Problem(int index, String field, String message) {
	}

	record Parsed(List<CarrierEvent> events, List<Problem> problems) {
	}

	private TrackingEventBatch() {
	}

	static Parsed parse(JsonNode body, String source, Instant now) {
		if (!body.isArray()) {
			throw new InvalidInputException("body", "must be a JSON array of tracking events");
		}
		if (body.size() > MAX_EVENTS) {
			throw new InvalidInputException("body", "must hold at most " + MAX_EVENTS + " events");
		}
		List<CarrierEvent> events = new ArrayList<>(body.size());
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			List<Problem> found = new ArrayList<>();
			CarrierEvent event = event(i, body.get(i), source, now, found);
			if (found.isEmpty() && event != null) {
				events.add(event);
			}
			problems.addAll(found);
		}
		return new Parsed(events, problems);
	}

	private static @Nullable CarrierEvent event(int i, JsonNode node, String source, Instant now,
			List<Problem> problems) {
		if (!node.isObject()) {
			problems.add(new Problem(i, "", "must be an object"));
			return null;
		}
		String number = text(node, "trackingNumber");
		if (number == null || TrackingNumber.parse(number).isEmpty()) {
			problems.add(new Problem(i, "trackingNumber", "must be 4 to 40 letters and digits"));
		}
		String carrier = text(node, "carrier");
		if (carrier != null) {
			carrier = carrier.toLowerCase(Locale.ROOT);
			if (!ShipmentRequest.CARRIER.matcher(carrier).matches()) {
				problems.add(new Problem(i, "carrier", "must be a carrier code such as ups or fedex"));
			}
		}
		String statusText = text(node, "status");
		ShipmentStatus status = statusText == null ? ShipmentStatus.IN_TRANSIT
				: ShipmentStatus.fromWireName(statusText).orElse(null);
		if (status == null) {
			problems.add(new Problem(i, "status", "must be one of pending, info_received, in_transit, "
					+ "out_for_delivery, available_for_pickup, failed_attempt, delivered, exception, expired"));
		}
		String subText = text(node, "subStatus");
		ShipmentSubStatus sub = subText == null ? null : ShipmentSubStatus.fromWireName(subText).orElse(null);
		if (subText != null && sub == null) {
			problems.add(new Problem(i, "subStatus", "is not a known sub-status"));
		}
		String description = text(node, "description");
		if (description == null || description.length() > 1000) {
			problems.add(new Problem(i, "description", "is required (at most 1000 characters)"));
		}
		String code = text(node, "code");
		if (code != null && code.length() > 64) {
			problems.add(new Problem(i, "code", "must be at most 64 characters"));
		}
		When when = when(text(node, "occurredAt"));
		if (when == null) {
			problems.add(new Problem(i, "occurredAt", "must be an ISO-8601 date-time, e.g. 2025-03-01T14:05:00+01:00"));
		}
		else if (when.at().isAfter(now.plus(FUTURE_SLACK))) {
			problems.add(new Problem(i, "occurredAt", "is more than a day in the future"));
		}
		LocalDate promised = date(text(node, "estimatedDelivery"));
		if (text(node, "estimatedDelivery") != null && promised == null) {
			problems.add(new Problem(i, "estimatedDelivery", "must be a date such as 2025-03-04"));
		}
		EventLocation location = location(i, node.get("location"), problems);
		if (!problems.isEmpty() || number == null || status == null || description == null || when == null) {
			return null;
		}
		return new CarrierEvent(number.strip(), carrier, status, sub, code, description, when.at(), when.offset(),
				when.offset() == null, location, text(node, "signedBy"), promised, source, node.toString());
	}

	private record When(Instant at, @Nullable ZoneOffset offset) {
	}

	private static @Nullable When when(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			OffsetDateTime time = OffsetDateTime.parse(value);
			return new When(time.toInstant(), time.getOffset());
		}
		catch (DateTimeParseException ex) {
			try {
				return new When(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC), null);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		try {
			return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable EventLocation location(int i, @Nullable JsonNode node, List<Problem> problems) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			problems.add(new Problem(i, "location", "must be an object"));
			return null;
		}
		String country = text(node, "country");
		if (country != null && !country.matches("[A-Za-z]{2}")) {
			problems.add(new Problem(i, "location.country", "must be a two-letter ISO 3166 code"));
		}
		EventLocation location = new EventLocation(text(node, "city"), text(node, "region"), text(node, "postalCode"),
				country == null ? null : country.toUpperCase(Locale.ROOT));
		return location.isEmpty() ? null : location;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || !value.isValueNode()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

}
