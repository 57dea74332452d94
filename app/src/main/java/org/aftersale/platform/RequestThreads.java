package org.aftersale.platform;

import org.apache.coyote.AbstractProtocol;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sizes Tomcat's request threads to the machine: two per core, at least four. A request
 * here is short work for a core plus waits on PostgreSQL, so a couple of threads per core
 * keep the cores busy; more only make runnable threads fight for them. On this project's
 * two-core benchmark machine, with wrk's 64 connections, the tracking page served about
 * twice the requests at four threads as at sixteen (and sixteen did better than Tomcat's
 * 200), while single-order posts, which wait on commits, were the same at four, eight and
 * sixteen. Connections beyond the threads wait for one in arrival order.
 * {@code SERVER_TOMCAT_THREADS_MAX} (or {@code server.tomcat.threads.max}) overrides it.
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	static final String PROPERTY = "server.tomcat.threads.max";

	private final Environment environment;

	RequestThreads(Environment environment) {
		this.environment = environment;
	}

	static int forCores(int cores) {
		return Math.max(4, 2 * cores);
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		if (environment.containsProperty(PROPERTY)) {
			return;
		}
		int threads = forCores(Runtime.getRuntime().availableProcessors());
		factory.addConnectorCustomizers(connector -> {
			if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
				protocol.setMaxThreads(threads);
			}
		});
	}

	// After Spring Boot's own customizer, which always sets its default of 200 on the
	// connector.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
