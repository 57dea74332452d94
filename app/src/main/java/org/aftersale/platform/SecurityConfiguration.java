package org.aftersale.platform;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Three doors: the REST API (bearer API keys, stateless, no cookies so no CSRF), inbound
 * webhooks (authenticated by their own signatures) and everything else (the admin behind
 * form login with CSRF; shopper pages public).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	// Request metrics stay (they are the servlet's own); Spring Security would otherwise
	// wrap each of its dozen filters, and every authorization check, in an observation of
	// its own, which together cost more per API call than the authentication they
	// measure.
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiKeyVerifier verifier, JsonMapper json) throws Exception {
		ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(json);
		return http.securityMatcher("/api/v1/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.addFilterBefore(new BearerApiKeyFilter(verifier), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/webhooks/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http, SignInAttempts attempts, ClientAddress clientAddress,
			PlatformSettings settings, Environment environment) throws Exception {
		boolean https = HttpsSessionCookies.publicOverHttps(environment);
		SavedRequestAwareAuthenticationSuccessHandler toAdmin = new SavedRequestAwareAuthenticationSuccessHandler();
		toAdmin.setDefaultTargetUrl("/admin");
		return http
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/admin/login", "/admin/login/**", "/admin/invitations/*")
						.permitAll()
						.requestMatchers("/admin", "/admin/**")
						.authenticated()
						.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
						.permitAll()
						.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
						.access(new MetricsAccess(settings, environment))
						.requestMatchers("/actuator/**")
						.denyAll()
						.anyRequest()
						.permitAll())
			// Shopper links under /n/ carry a signed token, which is the proof; mail
			// clients POST one-click unsubscribes (RFC 8058) without any CSRF token. The
			// returns portal's pages of one order (/r/{store}/o/{token}/...) are
			// authorised by the signed token in their path, not by a session a forged
			// request could ride on, and their pages are shared by every visitor with the
			// link.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/n/**", "/r/*/o/**"))
			.addFilterBefore(new SignInThrottleFilter(attempts, clientAddress),
					UsernamePasswordAuthenticationFilter.class)
			.formLogin(login -> login.loginPage("/admin/login").successHandler((request, response, authentication) -> {
				attempts.succeeded(authentication.getName(), clientAddress.of(request));
				// A store associate's page is the counter's returns desk; the rest of the
				// admin is not theirs.
				List<String> roles = authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter(a -> a != null && a.startsWith("ROLE_"))
					.toList();
				if (roles.equals(List.of("ROLE_ASSOCIATE"))) {
					response.sendRedirect(request.getContextPath() + "/admin/returns/counter");
					return;
				}
				toAdmin.onAuthenticationSuccess(request, response, authentication);
			}).failureHandler((request, response, exception) -> {
				attempts.failed(SignInThrottleFilter.username(request), clientAddress.of(request));
				response.sendRedirect(request.getContextPath() + "/admin/login?error");
			}).permitAll())
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
			.headers(headers -> headers
				// Behind a proxy that ends TLS the server sees plain http; the public URL
				// says what browsers use.
				.httpStrictTransportSecurity(hsts -> {
					if (https) {
						hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(31_536_000);
					}
				})
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' https: data: blob:; style-src 'self' 'unsafe-inline'; "
								+ "script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Delegating, so that stored hashes carry their algorithm id and can be upgraded
		// without a reset.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
