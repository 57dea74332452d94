package org.aftersale.notifications;

import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Shoppers' phone numbers as shops capture them ("(415) 555-0100", "0171 1234567", "+49
 * 171 ...") made into E.164, read in the country of the shipping address when they carry
 * no country code. Numbers that cannot be valid or cannot take a text (fixed lines where
 * the type is known) are refused, so no SMS is tried on them.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	public static Optional<String> e164(@Nullable String raw, @Nullable String country) {
		return parse(raw, country).map(n -> PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
	}

	static Optional<PhoneNumber> parse(@Nullable String raw, @Nullable String country) {
		if (raw == null || raw.isBlank() || raw.length() > 40) {
			return Optional.empty();
		}
		String region = country == null || country.isBlank() ? "ZZ" : country.strip().toUpperCase(Locale.ROOT);
		try {
			PhoneNumber number = PHONES.parse(raw, region);
			if (!PHONES.isValidNumber(number)
					|| PHONES.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.FIXED_LINE) {
				return Optional.empty();
			}
			return Optional.of(number);
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
