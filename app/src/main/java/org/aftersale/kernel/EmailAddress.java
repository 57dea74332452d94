package org.aftersale.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A shopper's or staff member's e-mail address, normalised to lower case so that one
 * person is one customer.
 */
public record EmailAddress(String value) {

	// Deliberately permissive: the mail server is the final judge; we only refuse what
	// can never be delivered.
	private static final Pattern SHAPE = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

	public EmailAddress {
		value = value.trim().toLowerCase(Locale.ROOT);
		if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("not a valid e-mail address");
		}
	}

	public static boolean isValid(String candidate) {
		try {
			new EmailAddress(candidate);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
