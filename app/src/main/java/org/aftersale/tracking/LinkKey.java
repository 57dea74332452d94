package org.aftersale.tracking;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.aftersale.platform.SecretFile;

/**
 * The server secret that signs tracking links: configured, or generated once into the
 * data folder the way the encryption key is, so links keep working across restarts.
 */
final class LinkKey {

	private LinkKey() {
	}

	static byte[] load(@Nullable String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured.strip(), "aftersale.tracking.link-secret");
		}
		Path file = dataDir.resolve("link.key");
		return decode(SecretFile.readOrCreate(file, LinkKey::newKey, "the key that signs tracking links"),
				file.toString());
	}

	private static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
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
