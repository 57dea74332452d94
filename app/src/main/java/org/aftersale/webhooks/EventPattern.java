package org.aftersale.webhooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;

/**
 * What a subscription listens to: {@code *} (everything), a group such as
 * {@code order.*}, or one exact event name. Only patterns that name at least one existing
 * event are accepted, so a typo is refused at once instead of silently receiving nothing.
 */
record EventPattern(String value) {

	static final int MAX_PATTERNS = 20;

	boolean matches(WebhookEventType type) {
		if (value.equals("*")) {
			return true;
		}
		if (value.endsWith(".*")) {
			return type.group().equals(value.substring(0, value.length() - 2));
		}
		return type.wireName().equals(value);
	}

	static boolean anyMatches(List<String> patterns, WebhookEventType type) {
		return patterns.stream().map(EventPattern::new).anyMatch(p -> p.matches(type));
	}

	/**
	 * Normalizes (trims, lower-cases, drops duplicates) and checks a subscription's
	 * patterns.
	 * @throws InvalidInputException with one problem per bad pattern, addressed as
	 * {@code events[i]}
	 */
	static List<String> parseAll(List<String> raw) {
		if (raw.isEmpty()) {
			throw new InvalidInputException("events",
					"must name at least one event, e.g. order.* or " + "shipment.delivered");
		}
		if (raw.size() > MAX_PATTERNS) {
			throw new InvalidInputException("events", "must have at most " + MAX_PATTERNS + " entries");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> patterns = new LinkedHashSet<>();
		for (int i = 0; i < raw.size(); i++) {
			String value = (raw.get(i) == null) ? "" : raw.get(i).strip().toLowerCase(Locale.ROOT);
			EventPattern pattern = new EventPattern(value);
			if (Arrays.stream(WebhookEventType.values()).noneMatch(pattern::matches)) {
				problems.add(new FieldProblem("events[" + i + "]", "is not an event name or pattern: use *, order.*, "
						+ "shipment.* or one of " + String.join(", ", WebhookEventType.wireNames())));
			}
			else {
				patterns.add(value);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return List.copyOf(patterns);
	}

}
