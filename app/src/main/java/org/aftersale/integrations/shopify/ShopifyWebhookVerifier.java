package org.aftersale.integrations.shopify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.aftersale.platform.SecretBox;
import org.aftersale.kernel.StoreId;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Decides whether a delivery really comes from the store's Shopify shop: the
 * {@code X-Shopify-Hmac-Sha256} header must be the base64 HMAC-SHA256 of the exact raw
 * body under the store's webhook secret.
 */
@Component
class ShopifyWebhookVerifier {

	// Unknown stores are checked against a throw-away key so that they take as long as
	// known ones and the answer cannot tell slugs apart.
	private static final byte[] DECOY = new SecureRandom().generateSeed(32);

	private final StoreDirectory stores;

	private final ShopifyConnections connections;

	private final SecretBox box;

	ShopifyWebhookVerifier(StoreDirectory stores, ShopifyConnections connections, SecretBox box) {
		this.stores = stores;
		this.connections = connections;
		this.box = box;
	}

	/**
	 * @return the store when the signature is valid; empty for every other case
	 */
	Optional<StoreId> verify(String storeSlug, @Nullable String signature, byte[] body) {
		Optional<ShopifyConnection> connection = stores.findBySlug(storeSlug).map(Store::id).flatMap(connections::find);
		byte[] secret = connection
			.map(c -> box.open(c.webhookSecretSealed(), ShopifyConnection.secretContext(c.storeId()))
				.getBytes(StandardCharsets.UTF_8))
			.orElse(DECOY);
		boolean valid = signature != null && matches(secret, signature, body);
		return valid ? connection.map(ShopifyConnection::storeId) : Optional.empty();
	}

	static boolean matches(byte[] secret, String signature, byte[] body) {
		byte[] expected = hmac(secret, body);
		byte[] given;
		try {
			given = Base64.getDecoder().decode(signature.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(expected, given);
	}

	static byte[] hmac(byte[] secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
