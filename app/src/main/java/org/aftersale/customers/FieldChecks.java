package org.aftersale.customers;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aftersale.kernel.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The field rules customer submissions follow; each check adds its problem to the list
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

	/** Tags without blanks and duplicates, in the order given. */
	static List<String> cleanTags(@Nullable List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		Set<String> seen = new HashSet<>();
		return tags.stream()
			.map(String::strip)
			.filter(t -> !t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT)))
			.toList();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
