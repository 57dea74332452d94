package org.aftersale.platform;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * When shoppers and merchants reach Aftersale over https ({@code AFTERSALE_PUBLIC_URL}
 * starts with {@code https://}), the admin's session cookie is marked {@code Secure}, so
 * a browser never sends it over plain http, even when TLS ends at a proxy in front and
 * the server itself only sees http. An explicit
 * {@code server.servlet.session.cookie.secure} still wins.
 */
class HttpsSessionCookies implements EnvironmentPostProcessor, Ordered {

	/** Whether browsers reach Aftersale over https, as its public URL says. */
	static boolean publicOverHttps(Environment environment) {
		return environment.getProperty("aftersale.public-url", "").strip().startsWith("https://");
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (publicOverHttps(environment)) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("aftersale-https",
						Map.of("server.servlet.session.cookie.secure", "true")));
		}
	}

	// After the configuration files and the environment have been read.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
