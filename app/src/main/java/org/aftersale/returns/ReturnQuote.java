package org.aftersale.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aftersale.kernel.Money;
import org.aftersale.orders.LineItem;
import org.aftersale.orders.UnitShares;
import org.aftersale.returns.policy.Fee;
import org.aftersale.returns.policy.Resolution;
import org.aftersale.returns.policy.ReturnMethod;

/**
 * What a return comes to, exact to the cent: for each line, the units' price, their share
 * of its discounts and of its tax taken unit after unit as {@link UnitShares} splits them
 * (after the units already taken), then the fees: a restocking percentage of each item's
 * value, a fixed restocking fee and a label fee once per return. Fees never exceed what
 * the items give back.
 */
final class ReturnQuote {

	/** Units of one line, after {@code taken} units already refunded or in returns. */
	record Part(LineItem line, long taken, long units, List<Fee> fees) {
	}

	private ReturnQuote() {
	}

	static ReturnAmounts of(List<Part> parts, boolean taxesIncluded, Resolution resolution, ReturnMethod method,
			java.util.Currency currency) {
		long items = 0;
		long discount = 0;
		long tax = 0;
		long fees = 0;
		Set<Fee> once = new HashSet<>();
		for (Part part : parts) {
			LineItem line = part.line();
			long gross = line.unitPriceMinor() * part.units();
			long partDiscount = new UnitShares(line.discountMinor(), line.quantity()).nextUnits(part.taken(),
					part.units());
			long partTax = taxesIncluded ? 0
					: new UnitShares(line.taxMinor(), line.quantity()).nextUnits(part.taken(), part.units());
			items += gross;
			discount += partDiscount;
			tax += partTax;
			for (Fee fee : part.fees()) {
				if (fee.kind() == Fee.Kind.RESTOCKING_PERCENT) {
					BigDecimal value = BigDecimal.valueOf(gross - partDiscount + partTax);
					fees += value.multiply(fee.amount())
						.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
						.longValueExact();
				}
				else if (fee.kind() == Fee.Kind.LABEL
						&& (method == ReturnMethod.MAIL || method == ReturnMethod.QR_DROPOFF)
						|| fee.kind() == Fee.Kind.RESTOCKING_FIXED) {
					once.add(fee);
				}
			}
		}
		for (Fee fee : once) {
			BigDecimal amount = fee.amount()
				.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP);
			fees += Money.parse(amount.toPlainString(), currency).minorUnits();
		}
		long value = items - discount + tax;
		fees = Math.min(fees, value);
		long net = value - fees;
		return new ReturnAmounts(items, discount, tax, fees, resolution == Resolution.REFUND ? net : 0,
				resolution == Resolution.REFUND ? 0 : net);
	}

}
