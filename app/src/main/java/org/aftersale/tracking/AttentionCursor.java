package org.aftersale.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;

/**
 * Position in the attention list: the quiet-since instant (microseconds, as PostgreSQL
 * stores it) and the id of the last row shown.
 */
record AttentionCursor(Instant at, UUID id) {

	String encode() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	static AttentionCursor decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			return new AttentionCursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS),
					UUID.fromString(parts[1]));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("cursor", "is not a cursor of this list");
		}
	}

}
