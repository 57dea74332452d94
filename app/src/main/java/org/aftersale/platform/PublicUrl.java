package org.aftersale.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The base URL shoppers and shops reach this server at, for links in e-mails, webhooks
 * registrations and images: {@code AFTERSALE_PUBLIC_URL}, or
 * {@code http://localhost:<port>} when it is not set.
 */
@Component
public class PublicUrl {

	private final PlatformSettings settings;

	private final Environment environment;

	PublicUrl(PlatformSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	/** The base URL without a trailing slash. */
	public String base() {
		String configured = settings.publicUrl();
		if (configured != null && !configured.isBlank()) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

	public String resolve(String path) {
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

}
