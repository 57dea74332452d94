package org.aftersale.orders;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of an order: a product variant at a unit price, times a quantity.
 * {@code lineId} stays the same across updates of the order, so shipments and returns can
 * point at it.
 */
@Table(schema = "orders", name = "line_item")
public record LineItem(UUID lineId, @Nullable String externalId, @Nullable String sku, String title,
		@Nullable String variantTitle, long quantity, long unitPriceMinor, long discountMinor, long taxMinor,
		@Nullable String productId, @Nullable String variantId, @Nullable String imageUrl, String tags,
		@Nullable String productType) {

	public Money unitPrice(Currency currency) {
		return new Money(unitPriceMinor, currency);
	}

	public Money lineTotal(Currency currency) {
		return new Money(unitPriceMinor * quantity - discountMinor, currency);
	}

	/**
	 * What was paid for the whole line: its subtotal less its discounts, plus its tax
	 * unless the prices include it.
	 */
	public long paidMinor(boolean taxesIncluded) {
		return unitPriceMinor * quantity - discountMinor + (taxesIncluded ? 0 : taxMinor);
	}

	/**
	 * What {@code units} more units of the line give back once {@code returned} have
	 * been: their price, less their share of the line's discounts, plus their share of
	 * its tax unless the prices include it. Returning every unit, however split, gives
	 * back exactly {@link #paidMinor}.
	 */
	public long refundMinor(long returned, long units, boolean taxesIncluded) {
		long discount = new UnitShares(discountMinor, quantity).nextUnits(returned, units);
		long tax = taxesIncluded ? 0 : new UnitShares(taxMinor, quantity).nextUnits(returned, units);
		return unitPriceMinor * units - discount + tax;
	}

	public List<String> tagList() {
		return tagsOf(tags);
	}

	static List<String> tagsOf(@Nullable String stored) {
		return stored == null || stored.isEmpty() ? List.of()
				: Arrays.stream(stored.split(",")).map(String::strip).toList();
	}

}
