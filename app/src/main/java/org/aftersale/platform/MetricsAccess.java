package org.aftersale.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read {@code /actuator/prometheus}: the metrics name every endpoint, each
 * store's traffic and the server's insides, which is not for anyone on the internet. A
 * scraper gets them on the management port when the operator set one apart
 * ({@code MANAGEMENT_SERVER_PORT}, reachable only from where the operator allows), or
 * anywhere with the scrape token ({@code AFTERSALE_METRICS_TOKEN}) as a bearer token.
 * Health stays public.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final byte @Nullable [] token;

	private final int managementPort;

	private final int serverPort;

	MetricsAccess(PlatformSettings settings, Environment environment) {
		String configured = settings.metricsToken();
		this.token = configured == null || configured.isBlank() ? null
				: configured.strip().getBytes(StandardCharsets.UTF_8);
		this.managementPort = environment.getProperty("management.server.port", Integer.class, -1);
		this.serverPort = environment.getProperty("server.port", Integer.class, 8080);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(allowed(context.getRequest()));
	}

	private boolean allowed(HttpServletRequest request) {
		if (managementPort > 0 && managementPort != serverPort && request.getLocalPort() == managementPort) {
			return true;
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (token == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
	}

}
