package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The values of {@link FactNames} for one case on one day; {@code null} for what is not
 * known yet (the reason before the shopper gives it, the days since a delivery that has
 * not happened).
 */
final class CaseFacts {

	private final ReturnCase c;

	private final LocalDate today;

	CaseFacts(ReturnCase c, LocalDate today) {
		this.c = c;
		this.today = today;
	}

	@Nullable Object value(String fact) {
		ReturnCase.Item item = c.item();
		ReturnCase.Order order = c.order();
		ReturnCase.Customer customer = c.customer();
		ReturnCase.Request request = c.request();
		return switch (fact) {
			case "item.sku" -> item.sku();
			case "item.productType" -> item.productType();
			case "item.tags" -> item.tags();
			case "item.price" -> item.unitPaid();
			case "item.discountPercent" -> item.discountPercent();
			case "item.finalSale" -> item.finalSale();
			case "item.giftCard" -> item.giftCard();
			case "order.source" -> order.source();
			case "order.country" -> order.country();
			case "order.region" -> order.region();
			case "order.total" -> order.total();
			case "order.daysSinceOrder" -> days(item.orderedOn());
			case "order.daysSinceDelivery" -> item.deliveredOn() == null ? null : days(item.deliveredOn());
			case "customer.email" -> customer.email();
			case "customer.orders" -> BigDecimal.valueOf(customer.orders());
			case "customer.lifetimeSpend" -> customer.lifetimeSpend();
			case "customer.returns12m" -> BigDecimal.valueOf(customer.returns12m());
			case "customer.returnRate12m" -> customer.returnRate12m();
			case "customer.tags" -> customer.tags();
			case "return.reason" -> request == null ? null : request.reason();
			case "return.subReason" -> request == null ? null : request.subReason();
			case "return.condition" -> request == null ? null : request.condition();
			case "return.quantity" -> request == null ? null : BigDecimal.valueOf(request.quantity());
			case "return.resolution" ->
				request == null || request.resolution() == null ? null : request.resolution().wireName();
			default -> throw new IllegalArgumentException("unknown fact " + fact);
		};
	}

	private BigDecimal days(LocalDate from) {
		return BigDecimal.valueOf(ChronoUnit.DAYS.between(from, today));
	}

}
