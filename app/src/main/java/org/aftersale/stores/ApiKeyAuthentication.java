package org.aftersale.stores;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.aftersale.platform.ApiKeyVerifier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

@Component
class ApiKeyAuthentication implements ApiKeyVerifier {

	private static final long TOUCH_INTERVAL_NANOS = 60_000_000_000L;

	private final ApiKeys keys;

	private final PresentedApiKeys presented;

	// When this process last recorded each key's use: spares a busy integration a write
	// per request.
	private final Map<UUID, Long> lastTouched = new ConcurrentHashMap<>();

	ApiKeyAuthentication(ApiKeys keys, PresentedApiKeys presented) {
		this.keys = keys;
		this.presented = presented;
	}

	@Override
	public Optional<Authentication> verify(String bearerToken) {
		return ApiKeyToken.parse(bearerToken)
			.flatMap(token -> presented.find(token.prefix())
				.filter(ApiKey::isActive)
				.filter(key -> token.matches(key.secretHash())))
			.map(key -> {
				touch(key.id());
				ApiCaller caller = new ApiCaller(key.id(), key.storeId(), key.scope());
				return UsernamePasswordAuthenticationToken.authenticated(caller, null,
						List.of(new SimpleGrantedAuthority(key.scope().authority())));
			});
	}

	private void touch(UUID keyId) {
		long now = System.nanoTime();
		Long last = lastTouched.get(keyId);
		if (last == null || now - last > TOUCH_INTERVAL_NANOS) {
			lastTouched.put(keyId, now);
			keys.touch(keyId);
		}
	}

}
