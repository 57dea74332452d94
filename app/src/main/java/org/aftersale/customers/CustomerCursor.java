package org.aftersale.customers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;

/**
 * Position in a list ordered by a timestamp then id, encoded as an opaque string so
 * clients do not build their own.
 */
record CustomerCursor(Instant at, UUID id) {

	String encode() {
		String raw = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	static CustomerCursor decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			return new CustomerCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1])),
					UUID.fromString(parts[2]));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("cursor", "is not a cursor this server issued");
		}
	}

}
