package org.aftersale.returns;

import java.util.Currency;

import org.aftersale.orders.LineItem;
import org.aftersale.returns.policy.ItemDecision;

/**
 * One line of an order as the returns portal offers it: how many units are left to
 * return, what one gives back, and the policy's decision with its explanation.
 *
 * @param unitPaidMinor what the next unit gives back, fees aside
 */
public record ReturnableItem(LineItem line, long quantityReturnable, long unitPaidMinor, Currency currency,
		ItemDecision decision) {

}
