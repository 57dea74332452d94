package org.aftersale.stores;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The API keys that callers present, remembered for a few seconds: an integration sends
 * request after request with the same key, and reading it again for each one cost every
 * API call a query. A key revoked on this instance is forgotten at once; another instance
 * stops accepting it within {@link #REMEMBERED}. Unknown prefixes are not remembered, so
 * that a key issued on another instance works at once.
 */
@Component
class PresentedApiKeys {

	static final Duration REMEMBERED = Duration.ofSeconds(5);

	private final ApiKeys keys;

	private final Cache<String, ApiKey> byPrefix = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(REMEMBERED)
		.build();

	PresentedApiKeys(ApiKeys keys) {
		this.keys = keys;
	}

	Optional<ApiKey> find(String prefix) {
		ApiKey cached = byPrefix.getIfPresent(prefix);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<ApiKey> key = keys.findByPrefix(prefix);
		key.ifPresent(found -> byPrefix.put(prefix, found));
		return key;
	}

	void forget(String prefix) {
		byPrefix.invalidate(prefix);
	}

}
