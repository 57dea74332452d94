package org.aftersale.notifications.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Twilio's request signature ({@code X-Twilio-Signature}): base64 of HMAC-SHA1, keyed
 * with the account's auth token, over the full URL Twilio called followed by every POST
 * parameter, sorted by name, as name then value without separators. See
 * https://www.twilio.com/docs/usage/security#validating-requests.
 */
final class TwilioSignature {

	private TwilioSignature() {
	}

	static String sign(String authToken, String url, Map<String, List<String>> params) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(params).forEach((name, values) -> values.forEach(value -> data.append(name).append(value)));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is not available", ex);
		}
	}

	/** Compared in constant time, so the time taken tells nothing about the signature. */
	static boolean matches(String authToken, String url, Map<String, List<String>> params, @Nullable String signature) {
		if (signature == null || signature.isBlank()) {
			return false;
		}
		byte[] expected = sign(authToken, url, params).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
	}

}
