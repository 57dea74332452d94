package org.aftersale.tracking;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.platform.PlatformSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingLinksTests {

	static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");

	static final StoreId STORE = new StoreId(UUID.randomUUID());

	static final OrderId ORDER = new OrderId(UUID.randomUUID());

	@TempDir
	Path dataDir;

	@Test
	void acceptsItsOwnTokenUntilItExpires() {
		String token = links(NOW).token(STORE, ORDER, NOW.plus(Duration.ofDays(90)));

		assertThat(links(NOW).verify(STORE, token)).contains(ORDER);
		assertThat(links(NOW.plus(Duration.ofDays(89))).verify(STORE, token)).contains(ORDER);
		assertThat(links(NOW.plus(Duration.ofDays(90))).verify(STORE, token)).isEmpty();
	}

	@Test
	void rejectsTokensOfAnotherStoreAnotherKeyOrWithAnyChangedByte() {
		String token = links(NOW).token(STORE, ORDER, NOW.plus(Duration.ofDays(90)));
		byte[] bytes = Base64.getUrlDecoder().decode(token);

		assertThat(links(NOW).verify(new StoreId(UUID.randomUUID()), token)).isEmpty();
		for (int i = 0; i < bytes.length; i++) {
			byte[] changed = bytes.clone();
			changed[i] ^= 1;
			assertThat(links(NOW).verify(STORE, Base64.getUrlEncoder().withoutPadding().encodeToString(changed)))
				.as("byte " + i)
				.isEmpty();
		}
		assertThat(links(NOW).verify(STORE, "")).isEmpty();
		assertThat(links(NOW).verify(STORE, "***")).isEmpty();
		String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
		assertThat(links(NOW, otherKey).verify(STORE, token)).isEmpty();
	}

	@Test
	void keepsTheGeneratedKeyForTheNextStartReadableOnlyByItsOwner() throws Exception {
		String token = links(NOW).token(STORE, ORDER, NOW.plus(Duration.ofDays(1)));

		assertThat(links(NOW).verify(STORE, token)).contains(ORDER);
		assertThat(java.nio.file.Files.getPosixFilePermissions(dataDir.resolve("link.key"))).containsExactlyInAnyOrder(
				java.nio.file.attribute.PosixFilePermission.OWNER_READ,
				java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
	}

	private TrackingLinks links(Instant now) {
		return links(now, null);
	}

	private TrackingLinks links(Instant now, String secret) {
		PlatformSettings platform = new PlatformSettings(dataDir, null, false, null, null, null, java.util.List.of(),
				null, null, java.util.List.of(), null);
		return new TrackingLinks(new TrackingLinkSettings(secret, Duration.ofDays(90)), platform, null, null,
				Clock.fixed(now, ZoneOffset.UTC));
	}

}
