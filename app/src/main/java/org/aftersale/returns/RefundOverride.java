package org.aftersale.returns;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * The team's own refund amount for a return, in place of what the policy worked out (a
 * goodwill gesture, a partly used item), with the reason it is kept with. The order still
 * refuses more than was paid.
 */
public record RefundOverride(Money amount, String reason) {

	/**
	 * @return {@code null} when no amount is given
	 * @throws InvalidInputException for an amount that is not one in the return's
	 * currency, or a missing reason
	 */
	public static @Nullable RefundOverride of(@Nullable String amount, @Nullable String reason,
			java.util.Currency currency) {
		if (amount == null || amount.isBlank()) {
			return null;
		}
		Money money;
		try {
			money = Money.parse(amount.strip(), currency);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("refundAmount",
					"must be an amount in " + currency.getCurrencyCode() + ", such as 12.50");
		}
		if (money.isNegative()) {
			throw new InvalidInputException("refundAmount", "must not be negative");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new InvalidInputException("reason", "say why the refund differs, in at most 500 characters");
		}
		return new RefundOverride(money, why);
	}

}
