package org.aftersale.platform;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Asks the method-security advisors that guard a request's handler whether the current
 * caller may run it, without running it. A filter that answers a request on the handler's
 * behalf (an idempotent replay) asks here first, so that it never hands out what the
 * handler itself would have refused.
 */
@Component
class HandlerAuthorization {

	private final ObjectProvider<HandlerMapping> mapping;

	private final ObjectProvider<AuthorizationAdvisor> advisors;

	// Looked up when first needed: filters are built before the MVC infrastructure.
	HandlerAuthorization(@Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> mapping,
			ObjectProvider<AuthorizationAdvisor> advisors) {
		this.mapping = mapping;
		this.advisors = advisors;
	}

	/**
	 * @throws AccessDeniedException when the caller may not run the handler, or no
	 * handler answers the request
	 */
	void check(HttpServletRequest request) {
		HandlerMethod handler = handler(request);
		Object bean = handler.getBean();
		Method method = handler.getMethod();
		Class<?> target = AopUtils.getTargetClass(bean);
		List<AuthorizationAdvisor> guards = advisors.orderedStream()
			.filter(advisor -> advisor.getPointcut().getClassFilter().matches(target)
					&& advisor.getPointcut().getMethodMatcher().matches(method, target))
			.sorted(Comparator.comparingInt(AuthorizationAdvisor::getOrder))
			.toList();
		for (AuthorizationAdvisor guard : guards) {
			try {
				guard.invoke(invocation(bean, method));
			}
			catch (AccessDeniedException ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new IllegalStateException("authorization check failed", ex);
			}
		}
	}

	private HandlerMethod handler(HttpServletRequest request) {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		HandlerExecutionChain chain;
		try {
			chain = mapping.getObject().getHandler(request);
		}
		catch (Exception ex) {
			throw new AccessDeniedException("no handler for this request");
		}
		if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
			throw new AccessDeniedException("no handler for this request");
		}
		return handler;
	}

	// The guards look only at the method and the caller; a replay has no arguments to
	// give them, and nothing runs when they let it through.
	private static MethodInvocation invocation(Object bean, Method method) {
		return new SimpleMethodInvocation(bean, method) {

			@Override
			public @Nullable Object proceed() {
				return null;
			}

		};
	}

}
