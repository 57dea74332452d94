package org.aftersale.tracking.page;

import java.net.URI;
import java.util.Locale;

/**
 * The social networks a store can link from its tracking page, each accepted only with an
 * https URL on the network's own domain, so a "Instagram" link cannot lead elsewhere.
 */
public enum SocialNetwork {

	INSTAGRAM("Instagram", "instagram.com"), FACEBOOK("Facebook", "facebook.com"), TIKTOK("TikTok", "tiktok.com"),
	X("X", "x.com"), YOUTUBE("YouTube", "youtube.com"), PINTEREST("Pinterest", "pinterest.com");

	private final String label;

	private final String domain;

	SocialNetwork(String label, String domain) {
		this.label = label;
		this.domain = domain;
	}

	public String label() {
		return label;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean accepts(String url) {
		if (!SafeUrl.isHttps(url)) {
			return false;
		}
		String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
		return host.equals(domain) || host.endsWith("." + domain)
				|| (this == X && (host.equals("twitter.com") || host.endsWith(".twitter.com")));
	}

}
