package org.aftersale.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The third-party files the tests read (carrier, Shopify and EasyPost payloads, tracking
 * number formats), kept in the repository under {@code third-party/} on the test
 * classpath, each folder named for its source; {@code third-party/SOURCES.md} gives their
 * origin and licence.
 */
public final class ThirdPartyFixtures {

	private static final String ROOT = "/third-party/";

	private ThirdPartyFixtures() {
	}

	public static byte[] bytes(String relative) {
		try (InputStream in = stream(relative)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A folder of fixtures, for tests that take every file in it. */
	public static Path folder(String relative) {
		try {
			return Path.of(url(relative).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream stream(String relative) throws IOException {
		return url(relative).openStream();
	}

	private static URL url(String relative) {
		URL url = ThirdPartyFixtures.class.getResource(ROOT + relative);
		if (url == null) {
			throw new IllegalArgumentException("No fixture " + ROOT + relative + " on the test classpath");
		}
		return url;
	}

}
