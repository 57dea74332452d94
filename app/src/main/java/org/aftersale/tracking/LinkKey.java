package org.aftersale.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server secret that signs tracking links: configured, or generated once into the
 * data folder the way the encryption key is, so links keep working across restarts.
 */
final class LinkKey {

	private static final Logger log = LoggerFactory.getLogger(LinkKey.class);

	private LinkKey() {
	}

	static byte[] load(@Nullable String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured.strip(), "aftersale.tracking.link-secret");
		}
		Path file = dataDir.resolve("link.key");
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return decode(Files.readString(file).strip(), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the link key " + file, ex);
		}
	}

	// Mode 600 from the start, so there is no moment at which another user could read it.
	private static void create(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (FileAlreadyExistsException ex) {
			return;
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
		log.info("Generated the key that signs tracking links at {}; back it up with the database", file);
	}

	private static byte[] decode(String base64, String origin) {
		try {
			byte[] key = Base64.getDecoder().decode(base64);
			if (key.length >= 32) {
				return key;
			}
		}
		catch (IllegalArgumentException ex) {
			// The message below must not echo the configured value, which may be a real
			// secret.
		}
		throw new IllegalStateException(origin + " must be base64 of at least 32 bytes (`openssl rand -base64 32`)");
	}

}
