package org.aftersale.stores;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret form of an API key: {@code as_<prefix>_<secret>}. The prefix finds the
 * stored key; the SHA-256 of the whole token proves possession. A fast hash is right here
 * because the secret has 190 bits of entropy, unlike a password.
 */
record ApiKeyToken(String value, String prefix) {

	private static final Pattern SHAPE = Pattern.compile("^as_([a-z0-9]{12})_([A-Za-z0-9]{32})$");

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	static ApiKeyToken generate() {
		String prefix = random("abcdefghijklmnopqrstuvwxyz0123456789", 12);
		return new ApiKeyToken("as_" + prefix + "_" + random(ALPHABET, 32), prefix);
	}

	static Optional<ApiKeyToken> parse(String candidate) {
		Matcher matcher = SHAPE.matcher(candidate);
		return matcher.matches() ? Optional.of(new ApiKeyToken(candidate, matcher.group(1))) : Optional.empty();
	}

	String hash() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean matches(String storedHash) {
		return MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	private static String random(String alphabet, int length) {
		StringBuilder builder = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			builder.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return builder.toString();
	}

	@Override
	public String toString() {
		return "ApiKeyToken[" + prefix + "]";
	}

}
