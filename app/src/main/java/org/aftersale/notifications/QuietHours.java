package org.aftersale.notifications;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A nightly window in the shopper's own time zone during which messages wait. The window
 * may cross midnight (21:00–08:00) or not (13:00–14:00); its start is inside, its end is
 * not.
 */
record QuietHours(LocalTime start, LocalTime end) {

	boolean contains(LocalTime time) {
		if (start.isBefore(end)) {
			return !time.isBefore(start) && time.isBefore(end);
		}
		return !time.isBefore(start) || time.isBefore(end);
	}

	/**
	 * The first moment at or after {@code at} outside the window, in the given zone.
	 * Across a daylight-saving gap the end time is shifted forward, as
	 * {@link ZonedDateTime} does.
	 */
	Instant nextAllowed(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		if (!contains(local.toLocalTime())) {
			return at;
		}
		ZonedDateTime end = local.with(this.end);
		if (!end.isAfter(local)) {
			end = local.plusDays(1).with(this.end);
		}
		return end.toInstant();
	}

}
