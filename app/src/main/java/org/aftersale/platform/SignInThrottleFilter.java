package org.aftersale.platform;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a sign-in away before its password is checked while its account and address must
 * wait, so that guessing is slowed to the throttle's pace whatever the guesser sends.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String LOGIN = "/admin/login";

	private final SignInAttempts attempts;

	private final ClientAddress clientAddress;

	SignInThrottleFilter(SignInAttempts attempts, ClientAddress clientAddress) {
		this.attempts = attempts;
		this.clientAddress = clientAddress;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !LOGIN.equals(request.getServletPath());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = username(request);
		String address = clientAddress.of(request);
		OptionalLong wait = attempts.waitBefore(username, address);
		if (wait.isPresent()) {
			attempts.throttled(username, address);
			response.sendRedirect(request.getContextPath() + LOGIN + "?wait=" + wait.getAsLong());
			return;
		}
		chain.doFilter(request, response);
	}

	static String username(HttpServletRequest request) {
		String username = request.getParameter("username");
		return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
