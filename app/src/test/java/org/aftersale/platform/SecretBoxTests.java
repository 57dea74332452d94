package org.aftersale.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTests {

	@TempDir
	Path dataDir;

	@Test
	void generatesAPrivateKeyFileOnceAndReusesIt() throws Exception {
		SecretBox first = box(null);
		String sealed = first.seal("shpat_0123456789", "token:a");
		Path key = dataDir.resolve("encryption.key");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
		assertThat(sealed).doesNotContain("shpat");
		assertThat(box(null).open(sealed, "token:a")).isEqualTo("shpat_0123456789");
	}

	@Test
	void refusesAValueMovedToAnotherContextOrKey() {
		SecretBox box = box(Base64.getEncoder().encodeToString(new byte[32]));
		String sealed = box.seal("hush", "secret:store-a");

		assertThatThrownBy(() -> box.open(sealed, "secret:store-b")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> box(null).open(sealed, "secret:store-a")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesAConfiguredKeyOfTheWrongSize() {
		assertThatThrownBy(() -> box("too-short")).hasMessageContaining("32 bytes")
			.hasMessageNotContaining("too-short");
	}

	private SecretBox box(String key) {
		return new SecretBox(new PlatformSettings(dataDir, null, false, DataSize.ofMegabytes(1),
				DataSize.ofMegabytes(20), DataSize.ofMegabytes(8), List.of(), key, java.util.List.of(), null));
	}

}
