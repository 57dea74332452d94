package org.aftersale.tracking.carrier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aftersale.tracking.CheckDigitStatus;
import org.jspecify.annotations.Nullable;

/**
 * One published shape of one carrier's tracking numbers, written for numbers already
 * normalized (no separators, upper case). The pattern names the parts the rules need:
 * {@code SerialNumber} and {@code CheckDigit} for the check, and any group a code table
 * looks up.
 *
 * @param carrier our carrier code
 * @param name the format's name, for support and for tests
 * @param pattern the whole number must match it
 * @param checkDigit the algorithm, or {@code null} when the format prints none
 * @param tables code tables by the group whose value they look up; a recognised code
 * makes a match more likely
 * @param required groups whose code must be in their table for the number to be in this
 * format at all (an S10 item's country must have a post)
 * @param specificity how many leading characters are fixed by the format (1Z, TBA, 94),
 * so a specific format ranks above a merely numeric one
 */
public record TrackingFormat(String carrier, String name, Pattern pattern, @Nullable CheckDigit checkDigit,
		Map<String, CodeTable> tables, Set<String> required, int specificity) {

	public TrackingFormat {
		tables = Map.copyOf(tables);
		required = Set.copyOf(required);
	}

	/** The number read in this format, or empty when it does not have this shape. */
	public Optional<FormatMatch> match(String normalized) {
		Matcher matcher = pattern.matcher(normalized);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Map<String, String> recognised = new LinkedHashMap<>();
		tables.forEach((group, table) -> {
			String code = matcher.group(group);
			if (code != null) {
				table.find(code).ifPresent(meaning -> recognised.put(group, meaning));
			}
		});
		if (!recognised.keySet().containsAll(required)) {
			return Optional.empty();
		}
		if (checkDigit == null) {
			return Optional.of(new FormatMatch(this, CheckDigitStatus.ABSENT, recognised, -1));
		}
		boolean passed = checkDigit.verifies(matcher.group("SerialNumber"), matcher.group("CheckDigit"));
		return Optional.of(new FormatMatch(this, passed ? CheckDigitStatus.PASSED : CheckDigitStatus.FAILED, recognised,
				matcher.start("CheckDigit")));
	}

	static Builder format(String carrier, String name, String regex) {
		return new Builder(carrier, name, regex);
	}

	static final class Builder {

		private final String carrier;

		private final String name;

		private final String regex;

		private @Nullable CheckDigit checkDigit;

		private final Map<String, CodeTable> tables = new LinkedHashMap<>();

		private final Set<String> required = new java.util.HashSet<>();

		private int specificity;

		private Builder(String carrier, String name, String regex) {
			this.carrier = carrier;
			this.name = name;
			this.regex = regex;
		}

		Builder check(CheckDigit checkDigit) {
			this.checkDigit = checkDigit;
			return this;
		}

		Builder codes(String group, CodeTable table) {
			tables.put(group, table);
			return this;
		}

		Builder requires(String group, CodeTable table) {
			required.add(group);
			return codes(group, table);
		}

		Builder fixed(int specificity) {
			this.specificity = specificity;
			return this;
		}

		TrackingFormat build() {
			return new TrackingFormat(carrier, name, Pattern.compile(regex), checkDigit, tables, required, specificity);
		}

	}

}
