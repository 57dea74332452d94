package org.aftersale.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the {@code Idempotency-Key} header on API POSTs: the first request with a key
 * runs, its response is kept, and a replay with the same key and body gets the same body
 * with {@code 200} instead of running again. The same key with a different body is
 * refused, as is a replay while the first is still running.
 */
@Component
class IdempotencyKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final IdempotencyKeys keys;

	IdempotencyKeyFilter(IdempotencyKeys keys) {
		this.keys = keys;
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
			problem(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to 255 characters.");
			return;
		}
		boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
		byte[] body = multipart ? new byte[0] : StreamUtils.copyToByteArray(request.getInputStream());
		String fingerprint = fingerprint(request, body);
		Optional<IdempotencyKeys.Stored> existing = keys.claim(scoped.storeId(), key, fingerprint);
		if (existing.isPresent()) {
			replay(existing.get(), fingerprint, response);
			return;
		}
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(multipart ? request : new ReplayableRequest(request, body), captured);
			completed = true;
		}
		finally {
			if (completed && captured.getStatus() < 500) {
				keys.complete(scoped.storeId(), key, captured.getStatus(), captured.getContentType(),
						captured.getContentAsByteArray());
			}
			else {
				// A failure on our side must not pin the key: the client is entitled to
				// retry.
				keys.release(scoped.storeId(), key);
			}
			captured.copyBodyToResponse();
		}
	}

	private void replay(IdempotencyKeys.Stored stored, String fingerprint, HttpServletResponse response)
			throws IOException {
		if (!stored.fingerprint().equals(fingerprint)) {
			problem(response, HttpStatus.UNPROCESSABLE_CONTENT,
					"This Idempotency-Key was already used for a different request.");
			return;
		}
		if (stored.status() == null) {
			problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being processed.");
			return;
		}
		response.setStatus(stored.status() == HttpStatus.CREATED.value() ? HttpStatus.OK.value() : stored.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		response.getOutputStream().write(stored.body());
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

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
