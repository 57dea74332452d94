package org.aftersale.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API and webhook bodies over the configured limit with 413 before any of it is
 * parsed, and keeps the raw bytes so that webhook signatures are verified over exactly
 * what was received.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodyLimitFilter extends OncePerRequestFilter {

	private final PlatformSettings settings;

	BodyLimitFilter(PlatformSettings settings) {
		this.settings = settings;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		String method = request.getMethod();
		boolean writes = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
		return !writes || !(path.startsWith("/api/") || path.startsWith("/webhooks/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean multipart = request.getContentType() != null
				&& request.getContentType().toLowerCase().startsWith("multipart/");
		long limit = multipart ? settings.maxUploadSize().toBytes() : jsonLimit(request.getRequestURI());
		if (request.getContentLengthLong() > limit) {
			tooLarge(response, limit);
			return;
		}
		if (multipart) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) limit + 1);
		if (body.length > limit) {
			tooLarge(response, limit);
			return;
		}
		chain.doFilter(new ReplayableRequest(request, body), response);
	}

	// Carrier and aggregator feeds send thousands of events at once; everything else
	// keeps the small limit.
	private long jsonLimit(String path) {
		boolean bulk = settings.bulkPaths().stream().anyMatch(path::startsWith);
		return bulk ? settings.maxBulkBodySize().toBytes() : settings.maxBodySize().toBytes();
	}

	private void tooLarge(HttpServletResponse response, long limit) throws IOException {
		ProblemResponse.write(response, HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the limit of " + limit + " bytes.");
	}

}
