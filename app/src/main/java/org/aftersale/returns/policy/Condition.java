package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A test on one fact of a return case, such as {@code item.tags contains final-sale} or
 * {@code customer.returnRate12m gt 0.5}. Text is compared without regard to case.
 *
 * @param values one value for comparisons, any number for {@code in} and {@code contains}
 * (which hold when any of them matches)
 */
public record Condition(String fact, Operator op, List<String> values) {

	public Condition {
		values = values == null ? List.of() : List.copyOf(values);
	}

	public enum Operator {

		EQ("is"), NE("is not"), GT("is more than"), GTE("is at least"), LT("is less than"), LTE("is at most"),
		IN("is one of"), NOT_IN("is none of"), CONTAINS("contains"), NOT_CONTAINS("does not contain"),
		IS_TRUE("is true"), IS_FALSE("is false");

		private final String words;

		Operator(String words) {
			this.words = words;
		}

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<Operator> fromWire(String value) {
			for (Operator op : values()) {
				if (op.wireName().equals(value)) {
					return Optional.of(op);
				}
			}
			return Optional.empty();
		}

	}

	/** Whether the condition holds for these facts, and why, in the merchant's words. */
	Test test(CaseFacts facts) {
		Object value = facts.value(fact);
		String described = describe();
		if (value == null) {
			return new Test(Truth.UNKNOWN, described + ": not known yet");
		}
		boolean holds;
		if (value instanceof BigDecimal number) {
			holds = numeric(number);
		}
		else if (value instanceof Boolean flag) {
			holds = op == Operator.IS_TRUE ? flag : op == Operator.IS_FALSE ? !flag : textual(flag.toString());
		}
		else if (value instanceof List<?> list) {
			holds = listed(list.stream().map(Object::toString).toList());
		}
		else {
			holds = textual(value.toString());
		}
		return new Test(holds ? Truth.TRUE : Truth.FALSE,
				described + ": " + (holds ? "yes" : "no") + " (" + FactNames.describe(value) + ")");
	}

	String describe() {
		String subject = fact + " " + op.words;
		return values.isEmpty() ? subject : subject + " " + String.join(", ", values);
	}

	private boolean numeric(BigDecimal number) {
		return switch (op) {
			case EQ -> number.compareTo(first()) == 0;
			case NE -> number.compareTo(first()) != 0;
			case GT -> number.compareTo(first()) > 0;
			case GTE -> number.compareTo(first()) >= 0;
			case LT -> number.compareTo(first()) < 0;
			case LTE -> number.compareTo(first()) <= 0;
			case IN -> values.stream().anyMatch(v -> number.compareTo(new BigDecimal(v)) == 0);
			case NOT_IN -> values.stream().noneMatch(v -> number.compareTo(new BigDecimal(v)) == 0);
			default -> false;
		};
	}

	private boolean textual(String text) {
		return switch (op) {
			case EQ -> text.equalsIgnoreCase(values.get(0));
			case NE -> !text.equalsIgnoreCase(values.get(0));
			case IN -> values.stream().anyMatch(text::equalsIgnoreCase);
			case NOT_IN -> values.stream().noneMatch(text::equalsIgnoreCase);
			case CONTAINS -> values.stream().anyMatch(v -> lower(text).contains(lower(v)));
			case NOT_CONTAINS -> values.stream().noneMatch(v -> lower(text).contains(lower(v)));
			default -> false;
		};
	}

	private boolean listed(List<String> items) {
		boolean any = items.stream().anyMatch(i -> values.stream().anyMatch(i::equalsIgnoreCase));
		return switch (op) {
			case CONTAINS, IN -> any;
			case NOT_CONTAINS, NOT_IN -> !any;
			default -> false;
		};
	}

	private BigDecimal first() {
		return new BigDecimal(values.get(0));
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	enum Truth {

		TRUE, FALSE, UNKNOWN

	}

	record Test(Truth truth, String reason) {
	}

}
