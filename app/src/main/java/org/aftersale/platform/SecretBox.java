package org.aftersale.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts credentials and secrets at rest with AES-256-GCM: shop tokens, carrier
 * credentials, webhook secrets of every capability. Each value is bound to a context
 * (store and field) as associated data, so a ciphertext copied to another row does not
 * decrypt there. One key for the whole installation, so backing up the data folder's
 * {@code encryption.key} with the database is all it takes.
 */
@Component
public class SecretBox {

	private static final String VERSION = "v1:";

	private static final int IV_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretBox(PlatformSettings platform) {
		this.key = new SecretKeySpec(loadKey(platform.encryptionKey(), platform.dataDir()), "AES");
	}

	byte[] keyBytes() {
		return key.getEncoded();
	}

	/** Encrypts {@code plain} for the given context; never returns the plain text. */
	public String seal(String plain, String context) {
		return VERSION + Base64.getEncoder().encodeToString(sealBytes(plain.getBytes(StandardCharsets.UTF_8), context));
	}

	/**
	 * @throws IllegalStateException when the value was sealed with another key or for
	 * another context
	 */
	public String open(String sealed, String context) {
		if (!sealed.startsWith(VERSION)) {
			throw new IllegalStateException("unknown secret format");
		}
		byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
		return new String(openBytes(in, context), StandardCharsets.UTF_8);
	}

	/** Encrypts bytes for the given context: the nonce followed by the ciphertext. */
	byte[] sealBytes(byte[] plain, String context) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
			byte[] sealed = cipher.doFinal(plain);
			byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt", ex);
		}
	}

	/**
	 * @throws IllegalStateException when the bytes were sealed with another key or for
	 * another context
	 */
	byte[] openBytes(byte[] in, String context) {
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(in, IV_BYTES), context);
			return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt: wrong encryption key or tampered value");
		}
	}

	private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(128, iv));
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private static byte[] loadKey(@org.jspecify.annotations.Nullable String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured.strip(), "aftersale.encryption-key");
		}
		Path file = dataDir.resolve("encryption.key");
		return decode(SecretFile.readOrCreate(file, SecretBox::newKey, "the encryption key for credentials at rest"),
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
			if (key.length == 32) {
				return key;
			}
		}
		catch (IllegalArgumentException ex) {
			// The message below must not echo the configured value, which may be a real
			// key.
		}
		throw new IllegalStateException(origin + " must be base64 of 32 bytes (e.g. `openssl rand -base64 32`)");
	}

}
