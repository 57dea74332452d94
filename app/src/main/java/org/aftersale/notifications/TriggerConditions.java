package org.aftersale.notifications;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Which orders a trigger speaks to, beyond being switched on. Every condition left empty
 * matches everything; all that are set must hold.
 *
 * @param customers {@code any}, {@code first_time} (the shopper's first order with the
 * store) or {@code repeat}
 * @param minTotal the order total must be at least this (in the order's currency)
 * @param maxTotal the order total must be below this
 * @param tags at least one line item must carry one of these product tags
 * @param countries the shipping address must be in one of these (ISO alpha-2)
 * @param shippingMethods the parcel's carrier or service must be one of these
 */
public record TriggerConditions(String customers, @Nullable BigDecimal minTotal, @Nullable BigDecimal maxTotal,
		List<String> tags, List<String> countries, List<String> shippingMethods) {

	public static final TriggerConditions NONE = new TriggerConditions("any", null, null, List.of(), List.of(),
			List.of());

	/** The facts of one order (and parcel) the conditions are checked against. */
	public record Facts(boolean firstOrder, BigDecimal total, Collection<String> tags, @Nullable String country,
			Collection<String> shippingMethods) {
	}

	public TriggerConditions {
		customers = customers.isBlank() ? "any" : customers.strip().toLowerCase(Locale.ROOT);
		if (!Set.of("any", "first_time", "repeat").contains(customers)) {
			throw new IllegalArgumentException("customers must be any, first_time or repeat");
		}
		tags = normal(tags);
		countries = countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
		shippingMethods = normal(shippingMethods);
	}

	public boolean isEmpty() {
		return equals(NONE);
	}

	/** Whether the customer's history must be looked up to decide. */
	public boolean needsHistory() {
		return !customers.equals("any");
	}

	public boolean matches(Facts facts) {
		if (customers.equals("first_time") && !facts.firstOrder() || customers.equals("repeat") && facts.firstOrder()) {
			return false;
		}
		if (minTotal != null && facts.total().compareTo(minTotal) < 0) {
			return false;
		}
		if (maxTotal != null && facts.total().compareTo(maxTotal) >= 0) {
			return false;
		}
		if (!tags.isEmpty() && normal(facts.tags()).stream().noneMatch(tags::contains)) {
			return false;
		}
		if (!countries.isEmpty()
				&& (facts.country() == null || !countries.contains(facts.country().strip().toUpperCase(Locale.ROOT)))) {
			return false;
		}
		return shippingMethods.isEmpty()
				|| normal(facts.shippingMethods()).stream().anyMatch(shippingMethods::contains);
	}

	private static List<String> normal(Collection<String> values) {
		return values.stream()
			.map(v -> v.strip().toLowerCase(Locale.ROOT))
			.filter(v -> !v.isEmpty())
			.collect(Collectors.toCollection(java.util.ArrayList::new))
			.stream()
			.distinct()
			.toList();
	}

}
