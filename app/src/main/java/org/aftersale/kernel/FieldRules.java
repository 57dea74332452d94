package org.aftersale.kernel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Field rules shared by the documents shops submit (products, customers): each check adds
 * its problem to the list instead of throwing, so that a caller reports every problem at
 * once.
 */
public final class FieldRules {

	public static final int MAX_TAGS = 250;

	private FieldRules() {
	}

	public static void text(List<FieldProblem> problems, String field, @Nullable String value, int max,
			boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
		else if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
			problems.add(new FieldProblem(field, "must not contain control characters"));
		}
	}

	/**
	 * Checks a postal address: street and city required, lengths, and an ISO 3166-1
	 * alpha-2 country.
	 * @param postalCodeRequired whether a postal code must be given (some countries have
	 * none, so a shopper's address may lack one)
	 */
	public static void address(List<FieldProblem> problems, String field, Address address, boolean postalCodeRequired) {
		text(problems, field + ".name", address.name(), 200, false);
		text(problems, field + ".line1", address.line1(), 255, true);
		text(problems, field + ".line2", address.line2(), 255, false);
		text(problems, field + ".city", address.city(), 120, true);
		text(problems, field + ".region", address.region(), 120, false);
		text(problems, field + ".postalCode", address.postalCode(), 20, postalCodeRequired);
		if (address.country() == null || !address.country().matches("^[A-Za-z]{2}$")
				|| !Set.of(Locale.getISOCountries()).contains(address.country().toUpperCase(Locale.ROOT))) {
			problems.add(new FieldProblem(field + ".country", "must be an ISO 3166-1 alpha-2 country code"));
		}
	}

	public static void url(List<FieldProblem> problems, String field, @Nullable String value) {
		if (value != null && (!(value.startsWith("https://") || value.startsWith("http://")) || value.length() > 1000
				|| value.chars().anyMatch(c -> c <= 0x20))) {
			problems.add(new FieldProblem(field, "must be an http(s) URL of at most 1000 characters"));
		}
	}

	public static void tags(List<FieldProblem> problems, String field, @Nullable List<String> tags) {
		if (tags == null) {
			return;
		}
		if (tags.size() > MAX_TAGS) {
			problems.add(new FieldProblem(field, "must be at most " + MAX_TAGS + " tags"));
			return;
		}
		for (int i = 0; i < tags.size(); i++) {
			text(problems, field + "[" + i + "]", tags.get(i), 255, true);
		}
	}

	/**
	 * Checks a decimal amount; with a currency, also that it has no more decimals than
	 * the currency has minor units.
	 */
	public static void amount(List<FieldProblem> problems, String field, @Nullable String value,
			@Nullable Currency unit, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
			return;
		}
		BigDecimal decimal;
		try {
			decimal = new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "must be a decimal amount, e.g. \"59.13\""));
			return;
		}
		if (decimal.signum() < 0) {
			problems.add(new FieldProblem(field, "must not be negative"));
		}
		else if (decimal.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
			problems.add(new FieldProblem(field, "must be less than 1000000000"));
		}
		else if (unit != null) {
			try {
				Money.of(decimal, unit);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem(field, "must have at most " + unit.getDefaultFractionDigits()
						+ " decimals in " + unit.getCurrencyCode()));
			}
		}
	}

	/** Tags without blanks and duplicates, in the order given. */
	public static List<String> cleanTags(@Nullable List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		Set<String> seen = new HashSet<>();
		return tags.stream()
			.map(String::strip)
			.filter(t -> !t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT)))
			.toList();
	}

	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
