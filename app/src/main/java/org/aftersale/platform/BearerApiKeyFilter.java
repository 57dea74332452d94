package org.aftersale.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <apiKey>} and, when the key is valid, authenticates
 * the request. Missing or bad keys are left unauthenticated so that the entry point
 * answers 401 as problem+json.
 */
class BearerApiKeyFilter extends OncePerRequestFilter {

	private final ApiKeyVerifier verifier;

	BearerApiKeyFilter(ApiKeyVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			verifier.verify(header.substring(7).trim())
				.ifPresent(authentication -> SecurityContextHolder.getContext().setAuthentication(authentication));
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
