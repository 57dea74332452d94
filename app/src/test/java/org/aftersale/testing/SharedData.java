package org.aftersale.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party test data in {@code ../shared/data}, read in place. Surefire passes its
 * location as {@code aftersale.shared-data}; an IDE run without it falls back to the
 * machine's shared folder.
 */
public final class SharedData {

	private static final Path FALLBACK = Path.of("/work/shared/data");

	private SharedData() {
	}

	public static Path root() {
		String configured = System.getProperty("aftersale.shared-data");
		if (configured != null && Files.isDirectory(Path.of(configured))) {
			return Path.of(configured).normalize();
		}
		return FALLBACK;
	}

	public static byte[] bytes(String relative) {
		try {
			return Files.readAllBytes(root().resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
