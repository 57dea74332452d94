package org.aftersale.tracking.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.aftersale.tracking.polling.CarrierCallException.Kind;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * OAuth client-credentials tokens per store, carrier and client id, reused until shortly
 * before they expire. UPS tokens live 4 h, FedEx 1 h, USPS 8 h; fetching one per poll
 * would double the calls and count against the carriers' token rate limits.
 */
@Component
class OAuthTokens {

	/** Renew this long before the stated expiry, so a token never dies in flight. */
	private static final Duration MARGIN = Duration.ofSeconds(60);

	private record Token(String value, Instant expiresAt) {
	}

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	private final Clock clock;

	OAuthTokens(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Calls {@code call} with a valid token; on a 401 the token is dropped, a new one is
	 * fetched and the call is repeated once. A second refusal means the credentials are
	 * wrong, not the token.
	 */
	<T> T withToken(CarrierCredentials credentials, Supplier<JsonNode> fetchToken, Function<String, T> call) {
		String key = credentials.storeId().value() + "|" + credentials.carrier() + "|" + credentials.clientId();
		String token = token(key, fetchToken);
		try {
			return call.apply(token);
		}
		catch (CarrierCallException ex) {
			if (ex.kind() != Kind.AUTH_REJECTED) {
				throw ex;
			}
			tokens.remove(key);
			return call.apply(token(key, fetchToken));
		}
	}

	private String token(String key, Supplier<JsonNode> fetchToken) {
		Token cached = tokens.get(key);
		if (cached != null && clock.instant().isBefore(cached.expiresAt())) {
			return cached.value();
		}
		Token fresh = parse(fetchToken.get());
		tokens.put(key, fresh);
		return fresh.value();
	}

	private Token parse(JsonNode body) {
		String value = body.path("access_token").asString("");
		if (value.isBlank()) {
			throw new CarrierCallException(Kind.RETRYABLE, "token response without access_token");
		}
		// UPS sends expires_in as a string ("14399"), FedEx and USPS as a number; without
		// a usable value the token is used once.
		long seconds;
		try {
			seconds = Long.parseLong(body.path("expires_in").asString("0").strip());
		}
		catch (NumberFormatException ex) {
			seconds = 0;
		}
		Duration life = Duration.ofSeconds(Math.max(seconds, 0));
		Duration usable = (life.compareTo(MARGIN.multipliedBy(2)) > 0) ? life.minus(MARGIN) : life.dividedBy(2);
		return new Token(value, clock.instant().plus(usable));
	}

}
