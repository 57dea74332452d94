package org.aftersale.kernel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in a keyset-paginated list ordered by a timestamp then an id, handed to
 * clients as an opaque string so that they never build their own. Keeps the instant to
 * the nanosecond, so a row's own timestamp compares equal after the round trip.
 */
public record PageCursor(Instant at, UUID id) {

	public String encode() {
		String raw = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws InvalidInputException for anything this class did not encode
	 */
	public static PageCursor decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			if (parts.length != 3) {
				throw new IllegalArgumentException("not three parts");
			}
			return new PageCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1])),
					UUID.fromString(parts[2]));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("cursor", "is not a cursor this server issued");
		}
	}

}
