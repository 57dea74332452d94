package org.aftersale.tracking;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.platform.PlatformSettings;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.StoreDirectory;

import org.springframework.stereotype.Component;

/**
 * Signed, expiring links to an order's tracking page, for the API, e-mails and the
 * look-up form. A token is the order id and expiry plus an HMAC-SHA256 over them and the
 * store, so a token works only on its own store's page, only until it expires, and any
 * changed character makes it worthless. Tokens carry nothing secret: the order id is only
 * a reference.
 */
@Component
public class TrackingLinks {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final int PAYLOAD = 16 + 8;

	private static final int MAC = 32;

	private final SecretKeySpec key;

	private final TrackingLinkSettings settings;

	private final StoreDirectory stores;

	private final PublicUrl publicUrl;

	private final Clock clock;

	TrackingLinks(TrackingLinkSettings settings, PlatformSettings platform, StoreDirectory stores, PublicUrl publicUrl,
			Clock clock) {
		this.key = new SecretKeySpec(LinkKey.load(settings.linkSecret(), platform.dataDir()), "HmacSHA256");
		this.settings = settings;
		this.stores = stores;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	byte[] keyBytes() {
		return key.getEncoded();
	}

	/**
	 * A link to the order's page valid for the configured validity (90 days unless
	 * configured). The caller makes sure the order belongs to the store.
	 */
	public TrackingLink linkFor(StoreId storeId, OrderId orderId) {
		Instant expiresAt = clock.instant().plus(settings.linkValidity()).truncatedTo(ChronoUnit.SECONDS);
		String slug = stores.get(storeId).slug();
		return new TrackingLink(publicUrl.resolve(path(slug, token(storeId, orderId, expiresAt))), expiresAt);
	}

	/**
	 * The server-relative path of a fresh link, for redirects after a look-up (which must
	 * not depend on the configured public URL).
	 */
	public String pathFor(StoreId storeId, String slug, OrderId orderId) {
		Instant expiresAt = clock.instant().plus(settings.linkValidity()).truncatedTo(ChronoUnit.SECONDS);
		return path(slug, token(storeId, orderId, expiresAt));
	}

	/**
	 * A key for another kind of signed shopper link (unsubscribe, survey, ...), derived
	 * from the link secret so that one secret backs them all while a token of one kind
	 * never passes as another.
	 */
	public byte[] derivedKey(String purpose) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(("aftersale derived key: " + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A fresh token for the order, for another shopper page of the same order (the
	 * returns portal): whoever may see the order's tracking page may return its items.
	 */
	public String tokenFor(StoreId storeId, OrderId orderId) {
		return token(storeId, orderId, clock.instant().plus(settings.linkValidity()).truncatedTo(ChronoUnit.SECONDS));
	}

	/** The path of the page for a token, relative to the server. */
	public static String path(String slug, String token) {
		return "/t/" + slug + "/o/" + token;
	}

	String token(StoreId storeId, OrderId orderId, Instant expiresAt) {
		ByteBuffer payload = ByteBuffer.allocate(PAYLOAD + MAC);
		payload.putLong(orderId.value().getMostSignificantBits())
			.putLong(orderId.value().getLeastSignificantBits())
			.putLong(expiresAt.getEpochSecond());
		payload.put(mac(storeId, payload.array(), PAYLOAD));
		return ENCODER.encodeToString(payload.array());
	}

	/**
	 * The order a token names, when it was made by this server for this store and has not
	 * expired; empty for anything else, without saying why.
	 */
	public Optional<OrderId> verify(StoreId storeId, String token) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (bytes.length != PAYLOAD + MAC) {
			return Optional.empty();
		}
		byte[] expected = mac(storeId, bytes, PAYLOAD);
		byte[] given = java.util.Arrays.copyOfRange(bytes, PAYLOAD, PAYLOAD + MAC);
		// The signature first: only then is the payload ours and its expiry a sane
		// number.
		if (!MessageDigest.isEqual(expected, given)) {
			return Optional.empty();
		}
		ByteBuffer payload = ByteBuffer.wrap(bytes);
		UUID order = new UUID(payload.getLong(), payload.getLong());
		if (clock.instant().getEpochSecond() >= payload.getLong()) {
			return Optional.empty();
		}
		return Optional.of(new OrderId(order));
	}

	private byte[] mac(StoreId storeId, byte[] data, int length) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			// A version prefix and the store bind the token to this purpose and this
			// store's
			// page.
			mac.update(("tracking-link:v1:" + storeId.value() + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			mac.update(data, 0, length);
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
