package org.aftersale.tracking.polling;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A carrier call that did not produce events, classified for the scheduler: retry later,
 * stop using the credentials, or give up on this request.
 */
public class CarrierCallException extends RuntimeException {

	public enum Kind {

		/** 429, 5xx, timeouts, broken connections, malformed JSON: try again later. */
		RETRYABLE,
		/** The credentials were refused even after a fresh token: pause the carrier. */
		AUTH_REJECTED,
		/** Any other 4xx: repeating the same request will not help soon. */
		PERMANENT,
		/** 404: the carrier does not know the number (yet). */
		NOT_FOUND

	}

	private final Kind kind;

	private final @Nullable Duration retryAfter;

	public CarrierCallException(Kind kind, String message, @Nullable Duration retryAfter) {
		super(message);
		this.kind = kind;
		this.retryAfter = retryAfter;
	}

	public CarrierCallException(Kind kind, String message) {
		this(kind, message, null);
	}

	public Kind kind() {
		return kind;
	}

	/** What the carrier asked us to wait (429 Retry-After), when it said. */
	public @Nullable Duration retryAfter() {
		return retryAfter;
	}

}
