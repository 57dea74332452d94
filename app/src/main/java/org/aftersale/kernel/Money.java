package org.aftersale.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in minor units (cents) of an ISO 4217 currency. Never a
 * floating-point number.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

	private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern
		.compile("-?[0-9]{1,18}(\\.[0-9]{1,18})?");

	public Money {
		Objects.requireNonNull(currency, "currency");
	}

	/**
	 * Parses a decimal string such as {@code "59.13"}.
	 * @throws IllegalArgumentException when the amount has more decimals than the
	 * currency allows or is not a number
	 */
	public static Money parse(String amount, Currency currency) {
		// Plain decimals only: BigDecimal would also take "1e1" or "+5", which no shop
		// sends
		// for money and which a typo can produce.
		String text = amount.trim();
		if (!PLAIN_DECIMAL.matcher(text).matches()) {
			throw new IllegalArgumentException("not a decimal amount: " + amount);
		}
		return of(new BigDecimal(text), currency);
	}

	/**
	 * Whether money can be kept in this currency: it has minor units (ISO 4217 gives none
	 * for gold, special drawing rights, "XXX" and the like).
	 */
	public static boolean isMoneyCurrency(Currency currency) {
		return currency.getDefaultFractionDigits() >= 0;
	}

	public static Money of(BigDecimal amount, Currency currency) {
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		try {
			return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits).longValueExact(),
					currency);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(
					"amount " + amount.toPlainString() + " has more than " + digits + " decimals or is too large");
		}
	}

	public static Money zero(Currency currency) {
		return new Money(0, currency);
	}

	public BigDecimal amount() {
		return BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0));
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
	}

	public Money times(long quantity) {
		return new Money(Math.multiplyExact(minorUnits, quantity), currency);
	}

	public boolean isNegative() {
		return minorUnits < 0;
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return Long.compare(minorUnits, other.minorUnits);
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
		}
	}

	/** The decimal string used on the wire, e.g. {@code "59.13"}. */
	@Override
	public String toString() {
		return amount().toPlainString();
	}

	/**
	 * The amount as a reader of {@code language} writes it: {@code 23,68 €},
	 * {@code R$ 23,68}.
	 */
	public String display(java.util.Locale language) {
		java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(language);
		format.setCurrency(currency);
		// A language's format keeps its own decimals (two in English) whatever the
		// currency.
		int digits = Math.max(0, currency.getDefaultFractionDigits());
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(amount());
	}

}
