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

	public Money {
		Objects.requireNonNull(currency, "currency");
	}

	/**
	 * Parses a decimal string such as {@code "59.13"}.
	 * @throws IllegalArgumentException when the amount has more decimals than the
	 * currency allows or is not a number
	 */
	public static Money parse(String amount, Currency currency) {
		BigDecimal decimal;
		try {
			decimal = new BigDecimal(amount.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a decimal amount: " + amount);
		}
		return of(decimal, currency);
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

}
