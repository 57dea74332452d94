package org.aftersale.platform;

import org.jspecify.annotations.Nullable;

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

	// Every link of every e-mail asks; looking the port up in the environment each time
	// cost senders a tenth of their time. Known for good once the server listens.
	private volatile @Nullable String known;

	PublicUrl(PlatformSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	/** The base URL without a trailing slash. */
	public String base() {
		String base = this.known;
		if (base != null) {
			return base;
		}
		String configured = settings.publicUrl();
		if (configured != null && !configured.isBlank()) {
			base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
			this.known = base;
			return base;
		}
		String listening = environment.getProperty("local.server.port");
		base = "http://localhost:" + (listening != null ? listening : environment.getProperty("server.port", "8080"));
		if (listening != null) {
			this.known = base;
		}
		return base;
	}

	public String resolve(String path) {
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

}
