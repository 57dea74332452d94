package org.aftersale.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Encrypts credentials and secrets at rest: shop tokens, carrier credentials, webhook
 * secrets of every capability. It is Tink's AEAD (AES-256-GCM) over a keyset, so the key
 * can be rotated: a new key becomes the one that seals, the older ones still open what
 * they sealed, and {@link SecretRotation} seals everything again under the new one. Each
 * value is bound to a context (store and field) as associated data, so a ciphertext
 * copied to another row does not open there. The keyset is
 * {@code AFTERSALE_ENCRYPTION_KEYSET} (Tink's JSON) or is generated once into
 * {@code <data dir>/encryption-keyset.json}; values sealed before Tink ({@code v1:}) open
 * with the key they were sealed with ({@code AFTERSALE_ENCRYPTION_KEY} or
 * {@code encryption.key}) until they are sealed again.
 */
@Component
public class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final String LEGACY = "v1:";

	private static final String VERSION = "v2:";

	private static final int IV_BYTES = 12;

	private final @Nullable Path keysetFile;

	private final @Nullable SecretKeySpec legacyKey;

	private volatile KeysetHandle keyset;

	private volatile Aead aead;

	SecretBox(PlatformSettings platform) {
		try {
			AeadConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		String configured = platform.encryptionKeyset();
		this.keysetFile = configured == null || configured.isBlank()
				? platform.dataDir().resolve("encryption-keyset.json") : null;
		String json = keysetFile == null ? configured.strip() : SecretFile.readOrCreate(keysetFile,
				SecretBox::newKeyset, "the keyset that seals credentials at rest");
		use(parse(json, keysetFile == null ? "AFTERSALE_ENCRYPTION_KEYSET" : keysetFile.toString()));
		this.legacyKey = legacyKey(platform.encryptionKey(), platform.dataDir());
	}

	/** Encrypts {@code plain} for the given context; never returns the plain text. */
	public String seal(String plain, String context) {
		return VERSION + Base64.getEncoder().encodeToString(sealBytes(plain.getBytes(StandardCharsets.UTF_8), context));
	}

	/**
	 * @throws IllegalStateException when the value was sealed with a key this server does
	 * not have or for another context
	 */
	public String open(String sealed, String context) {
		if (sealed.startsWith(LEGACY)) {
			return new String(openLegacy(Base64.getDecoder().decode(sealed.substring(LEGACY.length())), context),
					StandardCharsets.UTF_8);
		}
		if (!sealed.startsWith(VERSION)) {
			throw new IllegalStateException("unknown secret format");
		}
		return new String(openBytes(Base64.getDecoder().decode(sealed.substring(VERSION.length())), context),
				StandardCharsets.UTF_8);
	}

	/** Whether the value is sealed under the keyset's current primary key. */
	public boolean sealedWithPrimary(String sealed) {
		if (!sealed.startsWith(VERSION)) {
			return false;
		}
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
		// Tink's ciphertexts start with a version byte and the id of the key that sealed
		// them.
		int keyId = bytes.length < 5 ? 0
				: ((bytes[1] & 0xff) << 24) | ((bytes[2] & 0xff) << 16) | ((bytes[3] & 0xff) << 8) | (bytes[4] & 0xff);
		return keyId == keyset.getPrimary().getId();
	}

	byte[] sealBytes(byte[] plain, String context) {
		try {
			return aead.encrypt(plain, context.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt", ex);
		}
	}

	byte[] openBytes(byte[] sealed, String context) {
		try {
			return aead.decrypt(sealed, context.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt: a key this server does not have, or a tampered value");
		}
	}

	/**
	 * Adds a new key to the keyset and makes it the one that seals; the older keys still
	 * open. Only for a keyset kept in the data folder: a configured keyset is rotated
	 * where it is configured.
	 */
	synchronized void rotate() {
		if (keysetFile == null) {
			throw new IllegalStateException("The keyset comes from AFTERSALE_ENCRYPTION_KEYSET: add a key to it with "
					+ "Tink's tinkey, set it on every server, then seal again");
		}
		try {
			KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
			builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
				.withRandomId()
				.makePrimary());
			KeysetHandle rotated = builder.build();
			replace(keysetFile, TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get()));
			use(rotated);
			log.info("Added a new primary key (id {}) to {}; copy the file to every server of this database",
					rotated.getPrimary().getId(), keysetFile);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot rotate the keyset", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + keysetFile, ex);
		}
	}

	int primaryKeyId() {
		return keyset.getPrimary().getId();
	}

	private void use(KeysetHandle handle) {
		try {
			Aead primitive = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.keyset = handle;
			this.aead = primitive;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the keyset holds no AEAD key", ex);
		}
	}

	private byte[] openLegacy(byte[] in, String context) {
		if (legacyKey == null) {
			throw new IllegalStateException("cannot decrypt: sealed with the old encryption key, which this server "
					+ "does not have (AFTERSALE_ENCRYPTION_KEY or encryption.key)");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, legacyKey, new GCMParameterSpec(128, Arrays.copyOf(in, IV_BYTES)));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt: wrong encryption key or tampered value");
		}
	}

	/** The key values sealed before the keyset came in, when this server has it. */
	@Nullable byte[] legacyKeyBytes() {
		return legacyKey == null ? null : legacyKey.getEncoded();
	}

	private static KeysetHandle parse(String json, String origin) {
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// The message must not echo the keyset, which holds real keys.
			throw new IllegalStateException(origin + " is not a Tink keyset in JSON");
		}
	}

	private static String newKeyset() {
		try {
			return TinkJsonProtoKeysetFormat.serializeKeyset(
					KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot generate a keyset", ex);
		}
	}

	private static @Nullable SecretKeySpec legacyKey(@Nullable String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			return new SecretKeySpec(decode(configured.strip(), "aftersale.encryption-key"), "AES");
		}
		Path file = dataDir.resolve("encryption.key");
		if (!Files.exists(file)) {
			return null;
		}
		try {
			return new SecretKeySpec(decode(Files.readString(file).strip(), file.toString()), "AES");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	// The whole file replaced at once: a reader sees the old keyset or the new one.
	private static void replace(Path file, String content) throws IOException {
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(temporary, content + "\n");
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
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
