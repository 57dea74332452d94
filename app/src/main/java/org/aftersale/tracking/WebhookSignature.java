package org.aftersale.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Our own webhook signature, Stripe's scheme: header
 * {@code X-Aftersale-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>}.
 * The timestamp is signed too, so a captured delivery cannot be replayed after the
 * tolerance; several {@code v1} values are allowed, so senders can roll secrets.
 */
final class WebhookSignature {

	static final Duration TOLERANCE = Duration.ofMinutes(5);

	private WebhookSignature() {
	}

	static String sign(String secret, long timestamp, byte[] body) {
		return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
	}

	static boolean verify(String secret, @Nullable String header, byte[] body, Instant now) {
		if (header == null || header.length() > 1024) {
			return false;
		}
		Long timestamp = null;
		boolean valid = false;
		for (String part : header.split(",")) {
			String[] pair = part.strip().split("=", 2);
			if (pair.length == 2 && pair[0].equals("t")) {
				timestamp = parse(pair[1]);
			}
		}
		if (timestamp == null || Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
			return false;
		}
		byte[] expected = hmac(secret, timestamp, body);
		for (String part : header.split(",")) {
			String[] pair = part.strip().split("=", 2);
			if (pair.length == 2 && pair[0].equals("v1")) {
				// Constant-time, so the answer's timing does not reveal how much of a
				// forged signature was right.
				valid |= MessageDigest.isEqual(expected, hex(pair[1]));
			}
		}
		return valid;
	}

	private static @Nullable Long parse(String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static byte[] hex(String value) {
		try {
			return HexFormat.of().parseHex(value.strip().toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	private static byte[] hmac(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
