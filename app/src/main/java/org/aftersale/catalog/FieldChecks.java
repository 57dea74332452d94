package org.aftersale.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * The field rules product submissions share; each check adds its problem to the list
 * instead of stopping at the first.
 */
final class FieldChecks {

	static final int MAX_TAGS = 250;

	private FieldChecks() {
	}

	static void text(List<FieldProblem> problems, String field, @Nullable String value, int max, boolean required) {
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

	static void url(List<FieldProblem> problems, String field, @Nullable String value) {
		if (value != null && (!(value.startsWith("https://") || value.startsWith("http://")) || value.length() > 1000
				|| value.chars().anyMatch(c -> c <= 0x20))) {
			problems.add(new FieldProblem(field, "must be an http(s) URL of at most 1000 characters"));
		}
	}

	static void tags(List<FieldProblem> problems, String field, @Nullable List<String> tags) {
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
	static void amount(List<FieldProblem> problems, String field, @Nullable String value, @Nullable Currency unit,
			boolean required) {
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
	static List<String> cleanTags(@Nullable List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		Set<String> seen = new HashSet<>();
		return tags.stream().map(String::strip).filter(t -> !t.isEmpty() && seen.add(t.toLowerCase())).toList();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
