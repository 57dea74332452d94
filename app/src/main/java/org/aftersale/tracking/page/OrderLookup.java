package org.aftersale.tracking.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderContact;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Finds an order for a shopper who knows its number and its e-mail or shipping postal
 * code. Answers reveal nothing: an unknown number and a wrong e-mail are the same
 * "empty", and both paths run the same query and the same two constant-time comparisons
 * (against a random stand-in when there is no order), so timing does not tell them apart.
 */
@Component
@NamedInterface("shopper-pages")
public class OrderLookup {

	// Stand-in for values an order does not have; random per start so no input matches.
	private final String nothing = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

	private final OrderQueries orders;

	OrderLookup(OrderQueries orders) {
		this.orders = orders;
	}

	public Optional<OrderId> find(StoreId storeId, String number, String emailOrPostalCode) {
		Optional<OrderContact> contact = orders.findContact(storeId, number.length() > 64 ? "" : number);
		String email = contact.map(OrderContact::email)
			.map(OrderLookup::email)
			.filter(v -> !v.isEmpty())
			.orElse(nothing);
		String postal = contact.map(OrderContact::postalCode)
			.map(OrderLookup::postal)
			.filter(v -> !v.isEmpty())
			.orElse(nothing);
		String given = emailOrPostalCode.length() > 254 ? "" : emailOrPostalCode;
		boolean emailMatches = same(email(given), email);
		boolean postalMatches = same(postal(given), postal);
		// Non-short-circuit operators: both comparisons always run.
		boolean matches = contact.isPresent() & !given.isBlank() & (emailMatches | postalMatches);
		return matches ? contact.map(OrderContact::orderId) : Optional.empty();
	}

	static String email(@Nullable String value) {
		return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
	}

	/** "sw1a 1aa", "SW1A1AA" and "SW1A-1AA" are the same postal code to a shopper. */
	static String postal(@Nullable String value) {
		return value == null ? "" : value.replaceAll("[\\s\\-.]", "").toUpperCase(Locale.ROOT);
	}

	// Digests first, so the comparison takes the same time whatever the lengths.
	private static boolean same(String given, String expected) {
		return MessageDigest.isEqual(digest(given), digest(expected)) && !expected.isEmpty();
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
