package org.aftersale.returns.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Everything the policy may look at for one item of an order: the item, its order, the
 * customer and, once the shopper has said, their request. Amounts are in the order's
 * currency; dates are the store's local days.
 */
public record ReturnCase(Item item, Order order, Customer customer, @Nullable Request request) {

	/**
	 * @param unitPaid what one more unit gives back: its price less its share of
	 * discounts, with its tax
	 * @param discountPercent the share of the line's price taken off by discounts, 0 to
	 * 100
	 * @param shippedOn when its parcel left, if it did
	 * @param deliveredOn when its parcel was delivered, if it was
	 */
	public record Item(UUID lineId, @Nullable String sku, @Nullable String productType, List<String> tags,
			BigDecimal unitPaid, BigDecimal discountPercent, boolean finalSale, boolean giftCard,
			long quantityReturnable, LocalDate orderedOn, @Nullable LocalDate shippedOn,
			@Nullable LocalDate deliveredOn) {

		public Item {
			tags = List.copyOf(tags);
		}

	}

	/**
	 * @param exchange whether the order itself came from an exchange
	 */
	public record Order(String source, List<String> discountCodes, @Nullable String country, @Nullable String region,
			BigDecimal total, List<String> tags, boolean exchange) {

		public Order {
			discountCodes = List.copyOf(discountCodes);
			tags = List.copyOf(tags);
		}

	}

	/**
	 * @param returnRate12m the share of what the customer bought in the last 12 months
	 * (by value) that they returned, 0 to 1
	 */
	public record Customer(String email, long orders, BigDecimal lifetimeSpend, long returns12m,
			BigDecimal returnRate12m, List<String> tags) {

		public Customer {
			tags = List.copyOf(tags);
		}

	}

	/** What the shopper asks for: the reason, the item's condition, units, resolution. */
	public record Request(String reason, @Nullable String subReason, @Nullable String condition, long quantity,
			@Nullable Resolution resolution) {

	}

	/** The same case with the shopper's request. */
	public ReturnCase with(Request request) {
		return new ReturnCase(item, order, customer, request);
	}

}
