package org.aftersale.tracking.sources;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * When an event happened: the UTC instant, the offset the source gave, and whether the
 * zone had to be assumed.
 */
record EventTime(Instant occurredAt, @Nullable ZoneOffset originalOffset, boolean zoneGuessed) {

	/**
	 * Countries that have a single civil time zone, so a carrier's zone-less local time
	 * there converts without doubt. Countries spanning zones (US, CA, BR, AU, RU, MX, ES
	 * with the Canaries, PT with the Azores, ...) are deliberately missing: for them we
	 * assume UTC and say so.
	 */
	private static final Map<String, ZoneId> SINGLE_ZONE_COUNTRIES = Map.ofEntries(
			Map.entry("AT", ZoneId.of("Europe/Vienna")), Map.entry("BE", ZoneId.of("Europe/Brussels")),
			Map.entry("CH", ZoneId.of("Europe/Zurich")), Map.entry("CZ", ZoneId.of("Europe/Prague")),
			Map.entry("DE", ZoneId.of("Europe/Berlin")), Map.entry("DK", ZoneId.of("Europe/Copenhagen")),
			Map.entry("FI", ZoneId.of("Europe/Helsinki")), Map.entry("FR", ZoneId.of("Europe/Paris")),
			Map.entry("GB", ZoneId.of("Europe/London")), Map.entry("IE", ZoneId.of("Europe/Dublin")),
			Map.entry("IT", ZoneId.of("Europe/Rome")), Map.entry("LU", ZoneId.of("Europe/Luxembourg")),
			Map.entry("NL", ZoneId.of("Europe/Amsterdam")), Map.entry("NO", ZoneId.of("Europe/Oslo")),
			Map.entry("PL", ZoneId.of("Europe/Warsaw")), Map.entry("SE", ZoneId.of("Europe/Stockholm")),
			Map.entry("HU", ZoneId.of("Europe/Budapest")), Map.entry("SK", ZoneId.of("Europe/Bratislava")),
			Map.entry("SI", ZoneId.of("Europe/Ljubljana")), Map.entry("HR", ZoneId.of("Europe/Zagreb")),
			Map.entry("JP", ZoneId.of("Asia/Tokyo")), Map.entry("KR", ZoneId.of("Asia/Seoul")),
			Map.entry("SG", ZoneId.of("Asia/Singapore")), Map.entry("HK", ZoneId.of("Asia/Hong_Kong")),
			Map.entry("IN", ZoneId.of("Asia/Kolkata")), Map.entry("CN", ZoneId.of("Asia/Shanghai")));

	static EventTime of(OffsetDateTime time) {
		return new EventTime(time.toInstant(), time.getOffset(), false);
	}

	/**
	 * A local time without zone: read in the country's zone when it has only one, else as
	 * UTC; either way flagged as guessed and without an original offset.
	 */
	static EventTime guessed(LocalDateTime local, @Nullable String country) {
		ZoneId zone = Optional.ofNullable(country).map(SINGLE_ZONE_COUNTRIES::get).orElse(ZoneOffset.UTC);
		return new EventTime(local.atZone(zone).toInstant(), null, true);
	}

	/** An ISO date-time that may or may not carry an offset (DHL writes both). */
	static Optional<EventTime> parse(@Nullable String value, @Nullable String country) {
		if (value == null) {
			return Optional.empty();
		}
		Optional<OffsetDateTime> withOffset = JsonFields.offsetDateTime(value);
		if (withOffset.isPresent()) {
			return withOffset.map(EventTime::of);
		}
		try {
			return Optional.of(guessed(LocalDateTime.parse(value), country));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
