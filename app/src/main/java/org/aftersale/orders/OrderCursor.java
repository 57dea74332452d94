package org.aftersale.orders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;

/**
 * Position in a list ordered by a timestamp then id, encoded as an opaque string so
 * clients do not build their own.
 */
record OrderCursor(Instant at, UUID id) {

	String encode() {
		String raw = at.toEpochMilli() + ":" + at.getNano() + ":" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	static OrderCursor decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			Instant at = Instant.ofEpochMilli(Long.parseLong(parts[0]));
			return new OrderCursor(at.plusNanos(Integer.parseInt(parts[1]) - at.getNano()), UUID.fromString(parts[2]));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("cursor", "is not a cursor this server issued");
		}
	}

}
