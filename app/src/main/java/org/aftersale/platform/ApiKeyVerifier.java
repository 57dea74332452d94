package org.aftersale.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns a bearer token into an authenticated principal; implemented by the module that
 * owns API keys.
 */
public interface ApiKeyVerifier {

	/**
	 * @return the authentication for a valid, unrevoked key; empty for anything else
	 * (never throws for bad input)
	 */
	Optional<Authentication> verify(String bearerToken);

}
