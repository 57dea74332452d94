package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aftersale.returns.policy.Condition.Operator;

/**
 * The facts a rule may test, each with its kind, and the operators that make sense for
 * it. A policy naming anything else is refused when it is saved, not when a shopper meets
 * it.
 */
public final class FactNames {

	enum Kind {

		NUMBER(EnumSet.of(Operator.EQ, Operator.NE, Operator.GT, Operator.GTE, Operator.LT, Operator.LTE, Operator.IN,
				Operator.NOT_IN)),
		TEXT(EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN, Operator.CONTAINS,
				Operator.NOT_CONTAINS)),
		LIST(EnumSet.of(Operator.CONTAINS, Operator.NOT_CONTAINS, Operator.IN, Operator.NOT_IN)),
		FLAG(EnumSet.of(Operator.IS_TRUE, Operator.IS_FALSE));

		final Set<Operator> operators;

		Kind(Set<Operator> operators) {
			this.operators = operators;
		}

	}

	// The order's discount codes, tags and whether it came from an exchange join when the
	// orders capability keeps them (exchanges: the credit issue).
	static final Map<String, Kind> KINDS;

	static {
		Map<String, Kind> kinds = new LinkedHashMap<>();
		kinds.put("item.sku", Kind.TEXT);
		kinds.put("item.productType", Kind.TEXT);
		kinds.put("item.tags", Kind.LIST);
		kinds.put("item.price", Kind.NUMBER);
		kinds.put("item.discountPercent", Kind.NUMBER);
		kinds.put("item.finalSale", Kind.FLAG);
		kinds.put("item.giftCard", Kind.FLAG);
		kinds.put("order.source", Kind.TEXT);
		kinds.put("order.country", Kind.TEXT);
		kinds.put("order.region", Kind.TEXT);
		kinds.put("order.total", Kind.NUMBER);
		kinds.put("order.daysSinceOrder", Kind.NUMBER);
		kinds.put("order.daysSinceDelivery", Kind.NUMBER);
		kinds.put("customer.email", Kind.TEXT);
		kinds.put("customer.orders", Kind.NUMBER);
		kinds.put("customer.lifetimeSpend", Kind.NUMBER);
		kinds.put("customer.returns12m", Kind.NUMBER);
		kinds.put("customer.returnRate12m", Kind.NUMBER);
		kinds.put("customer.tags", Kind.LIST);
		kinds.put("return.reason", Kind.TEXT);
		kinds.put("return.subReason", Kind.TEXT);
		kinds.put("return.condition", Kind.TEXT);
		kinds.put("return.quantity", Kind.NUMBER);
		kinds.put("return.resolution", Kind.TEXT);
		KINDS = Collections.unmodifiableMap(kinds);
	}

	private FactNames() {
	}

	/** Every fact a rule may test, in the order the rule editor lists them. */
	public static List<String> all() {
		return List.copyOf(KINDS.keySet());
	}

	static String describe(Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "none" : String.join(", ", list.stream().map(Object::toString).toList());
		}
		return value.toString();
	}

}
