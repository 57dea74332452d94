package org.aftersale.platform;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Lets Spring's resource chain rewrite only the links to static files. Its
 * {@link ResourceUrlEncodingFilter} (on because webjars are served without versions in
 * their paths) otherwise looks every link a page builds up on the class path, and a miss
 * is not cached: a shopper page with a dozen links to its own signed paths spent most of
 * its time searching the application's jar for them.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceUrls {

	/** Where the static files are; every other link is left as it is. */
	static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/favicon");

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> staticOnlyResourceUrls() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OnlyStatic());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		// Inside the resource chain's filter, so that its links reach that filter only
		// when they are to static files.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	static boolean isStatic(String url, String contextPath) {
		String path = url.startsWith(contextPath) ? url.substring(contextPath.length()) : url;
		return STATIC.stream().anyMatch(path::startsWith);
	}

	private static final class OnlyStatic extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(response instanceof HttpServletResponseWrapper chained)
					|| !(chained.getResponse() instanceof HttpServletResponse beneath)) {
				chain.doFilter(request, response);
				return;
			}
			String contextPath = request.getContextPath();
			chain.doFilter(request, new HttpServletResponseWrapper(response) {
				@Override
				public String encodeURL(String url) {
					return isStatic(url, contextPath) ? super.encodeURL(url) : beneath.encodeURL(url);
				}
			});
		}

	}

}
