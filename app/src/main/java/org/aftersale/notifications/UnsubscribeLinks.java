package org.aftersale.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.TrackingLinks;

import org.springframework.stereotype.Component;

/**
 * Signed links with which a shopper stops messages without logging in:
 * {@code /n/{storeSlug}/unsubscribe/{token}}. The token names the store, channel and
 * address and is signed with a key derived from the link secret; it does not expire,
 * because an unsubscribe link in an old e-mail must keep working (RFC 8058 asks for
 * that).
 */
@Component
public class UnsubscribeLinks {

	/** Whom a valid token names. */
	public record Subscriber(StoreId storeId, Channel channel, String address) {
	}

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final int MAC_BYTES = 16;

	private final SecretKeySpec key;

	private final StoreDirectory stores;

	private final PublicUrl publicUrl;

	UnsubscribeLinks(TrackingLinks links, StoreDirectory stores, PublicUrl publicUrl) {
		this.key = new SecretKeySpec(links.derivedKey("unsubscribe"), "HmacSHA256");
		this.stores = stores;
		this.publicUrl = publicUrl;
	}

	/** The link for a recipient of the store on a channel. */
	public String urlFor(StoreId storeId, Channel channel, String address, Purpose purpose) {
		return publicUrl
			.resolve("/n/" + stores.get(storeId).slug() + "/unsubscribe/" + token(storeId, channel, address));
	}

	String token(StoreId storeId, Channel channel, String address) {
		String payload = storeId.value() + "\n" + channel.wireName() + "\n" + Suppressions.normal(channel, address);
		byte[] body = payload.getBytes(StandardCharsets.UTF_8);
		byte[] mac = Arrays.copyOf(mac(body), MAC_BYTES);
		return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(mac);
	}

	/** The subscriber a token names, when it is intact and belongs to the store. */
	public Optional<Subscriber> read(StoreId storeId, String token) {
		int dot = token.indexOf('.');
		if (dot < 1 || token.length() > 1000) {
			return Optional.empty();
		}
		try {
			byte[] body = Base64.getUrlDecoder().decode(token.substring(0, dot));
			byte[] mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			// Checked before the payload is read, in constant time.
			if (!MessageDigest.isEqual(Arrays.copyOf(mac(body), MAC_BYTES), mac)) {
				return Optional.empty();
			}
			String[] parts = new String(body, StandardCharsets.UTF_8).split("\n", 3);
			if (parts.length != 3 || !parts[0].equals(storeId.value().toString())) {
				return Optional.empty();
			}
			return Channel.fromWireName(parts[1]).map(channel -> new Subscriber(storeId, channel, parts[2]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
