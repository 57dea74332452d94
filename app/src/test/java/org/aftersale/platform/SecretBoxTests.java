package org.aftersale.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTests {

	@TempDir
	Path dataDir;

	@TempDir
	Path otherDataDir;

	@Test
	void generatesAPrivateKeysetOnceAndReusesIt() throws Exception {
		SecretBox first = box(dataDir, null);
		String sealed = first.seal("shpat_0123456789", "token:a");
		Path keyset = dataDir.resolve("encryption-keyset.json");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset))).isEqualTo("rw-------");
		assertThat(sealed).startsWith("v2:").doesNotContain("shpat");
		assertThat(box(dataDir, null).open(sealed, "token:a")).isEqualTo("shpat_0123456789");
		assertThat(dataDir.resolve("encryption.key")).doesNotExist();
	}

	@Test
	void refusesAValueMovedToAnotherContextOrKeyset() {
		SecretBox box = box(dataDir, null);
		String sealed = box.seal("hush", "secret:store-a");

		assertThatThrownBy(() -> box.open(sealed, "secret:store-b")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> box(otherDataDir, null).open(sealed, "secret:store-a"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test // #16
	void opensWhatTheOldKeySealedUntilItIsSealedAgain() throws Exception {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		String base64Key = Base64.getEncoder().encodeToString(key);
		String sealedBefore = sealedTheOldWay(key, "hush", "secret:store-a");

		assertThat(box(dataDir, base64Key).open(sealedBefore, "secret:store-a")).isEqualTo("hush");
		assertThatThrownBy(() -> box(otherDataDir, null).open(sealedBefore, "secret:store-a"))
			.hasMessageContaining("old encryption key");
	}

	@Test // #16
	void rotatesToANewKeyWhileTheOldOnesStillOpen() throws Exception {
		SecretBox box = box(dataDir, null);
		String before = box.seal("old secret", "ctx");
		int firstKey = box.primaryKeyId();

		box.rotate();
		String after = box.seal("new secret", "ctx");

		assertThat(box.primaryKeyId()).isNotEqualTo(firstKey);
		assertThat(box.open(before, "ctx")).isEqualTo("old secret");
		assertThat(box.sealedWithPrimary(before)).isFalse();
		assertThat(box.sealedWithPrimary(after)).isTrue();
		SecretBox restarted = box(dataDir, null);
		assertThat(restarted.primaryKeyId()).as("the rotated keyset is what the next start reads")
			.isEqualTo(box.primaryKeyId());
		assertThat(restarted.open(before, "ctx")).isEqualTo("old secret");
		assertThat(
				PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("encryption-keyset.json"))))
			.isEqualTo("rw-------");
	}

	@Test
	void refusesAConfiguredKeyOfTheWrongSize() {
		assertThatThrownBy(() -> box(dataDir, "too-short")).hasMessageContaining("32 bytes")
			.hasMessageNotContaining("too-short");
	}

	// The format values had before the keyset: "v1:" and base64 of a 12-byte nonce and
	// the
	// AES-256-GCM ciphertext, the context as associated data.
	private static String sealedTheOldWay(byte[] key, String plain, String context) throws Exception {
		byte[] iv = new byte[12];
		new SecureRandom().nextBytes(iv);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
		byte[] out = new byte[iv.length + sealed.length];
		System.arraycopy(iv, 0, out, 0, iv.length);
		System.arraycopy(sealed, 0, out, iv.length, sealed.length);
		return "v1:" + Base64.getEncoder().encodeToString(out);
	}

	private static SecretBox box(Path dataDir, String key) {
		return new SecretBox(new PlatformSettings(dataDir, null, false, DataSize.ofMegabytes(1),
				DataSize.ofMegabytes(20), DataSize.ofMegabytes(8), List.of(), key, null, List.of(), null));
	}

}
