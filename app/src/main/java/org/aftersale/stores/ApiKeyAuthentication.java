package org.aftersale.stores;

import java.util.List;
import java.util.Optional;

import org.aftersale.platform.ApiKeyVerifier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

@Component
class ApiKeyAuthentication implements ApiKeyVerifier {

	private final ApiKeys keys;

	ApiKeyAuthentication(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	public Optional<Authentication> verify(String bearerToken) {
		return ApiKeyToken.parse(bearerToken)
			.flatMap(token -> keys.findByPrefix(token.prefix())
				.filter(ApiKey::isActive)
				.filter(key -> token.matches(key.secretHash())))
			.map(key -> {
				keys.touch(key.id());
				ApiCaller caller = new ApiCaller(key.id(), key.storeId(), key.scope());
				return UsernamePasswordAuthenticationToken.authenticated(caller, null,
						List.of(new SimpleGrantedAuthority(key.scope().authority())));
			});
	}

}
