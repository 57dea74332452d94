package org.aftersale.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the {@code Idempotency-Key} header on API POSTs: the first request with a key
 * runs, its response is kept (sealed, for 24 hours), and a replay with the same key and
 * body gets the same body with {@code 200} instead of running again. A replay is
 * authorized exactly as the request would be, and only a credential of the same store and
 * scope as the first one gets it. The same key with a different body or from another
 * scope is refused, as is a replay while the first is still running.
 */
@Component
class IdempotencyKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final IdempotencyKeys keys;

	private final HandlerAuthorization authorization;

	IdempotencyKeyFilter(IdempotencyKeys keys, HandlerAuthorization authorization) {
		this.keys = keys;
		this.authorization = authorization;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/")
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String key = request.getHeader(HEADER).trim();
		if (authentication == null || !(authentication.getPrincipal() instanceof StoreScoped scoped)) {
			chain.doFilter(request, response);
			return;
		}
		if (key.isEmpty() || key.length() > 255) {
			ProblemResponse.write(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to 255 characters.");
			return;
		}
		boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
		byte[] body = multipart ? new byte[0] : StreamUtils.copyToByteArray(request.getInputStream());
		String fingerprint = fingerprint(request, body);
		String caller = caller(authentication);
		Optional<IdempotencyKeys.Stored> existing = keys.claim(scoped.storeId(), key, fingerprint, caller);
		if (existing.isPresent()) {
			try {
				authorization.check(request);
			}
			catch (AccessDeniedException ex) {
				ProblemResponse.write(response, HttpStatus.FORBIDDEN, "This key may not make this request.");
				return;
			}
			replay(existing.get(), fingerprint, caller, response);
			return;
		}
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(multipart ? request : new ReplayableRequest(request, body), captured);
			completed = true;
		}
		finally {
			if (completed && kept(captured.getStatus())) {
				keys.complete(scoped.storeId(), key, captured.getStatus(), captured.getContentType(),
						captured.getContentAsByteArray());
			}
			else {
				// A failure on our side, a refusal of the caller or a conflict must not
				// pin
				// the key: the client is entitled to retry once the cause is gone.
				keys.release(scoped.storeId(), key);
			}
			captured.copyBodyToResponse();
		}
	}

	private static boolean kept(int status) {
		return status < 500 && status != 401 && status != 403 && status != 409 && status != 429;
	}

	private void replay(IdempotencyKeys.Stored stored, String fingerprint, String caller, HttpServletResponse response)
			throws IOException {
		if (!stored.caller().equals(caller)) {
			ProblemResponse.write(response, HttpStatus.UNPROCESSABLE_CONTENT,
					"This Idempotency-Key was already used by a key of another scope.");
			return;
		}
		if (!stored.fingerprint().equals(fingerprint)) {
			ProblemResponse.write(response, HttpStatus.UNPROCESSABLE_CONTENT,
					"This Idempotency-Key was already used for a different request.");
			return;
		}
		if (stored.status() == null) {
			ProblemResponse.write(response, HttpStatus.CONFLICT,
					"A request with this Idempotency-Key is still being processed.");
			return;
		}
		response.setStatus(stored.status() == HttpStatus.CREATED.value() ? HttpStatus.OK.value() : stored.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		response.getOutputStream().write(stored.body());
	}

	// The scope the credential acts with, not the credential itself: a client may retry
	// with a rotated key of the same scope and still get its answer.
	private static String caller(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(Objects::nonNull)
			.sorted()
			.collect(Collectors.joining(","));
	}

	private static String fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
