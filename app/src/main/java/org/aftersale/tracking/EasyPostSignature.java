package org.aftersale.tracking;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * EasyPost's webhook signature: {@code X-Hmac-Signature: hmac-sha256-hex=<hex>}, the
 * HMAC-SHA256 of the raw body keyed with the webhook secret in Unicode NFKD form
 * (EasyPost's client libraries normalise it so; with NFC a secret such as "sécret" gives
 * another digest).
 */
final class EasyPostSignature {

	static final String HEADER = "X-Hmac-Signature";

	private static final String PREFIX = "hmac-sha256-hex=";

	private EasyPostSignature() {
	}

	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			byte[] key = Normalizer.normalize(secret, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean verify(String secret, @Nullable String header, byte[] body) {
		if (header == null) {
			return false;
		}
		byte[] expected = sign(secret, body).getBytes(StandardCharsets.US_ASCII);
		byte[] given = header.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

}
