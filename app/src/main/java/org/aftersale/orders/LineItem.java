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

	public List<String> tagList() {
		return tagsOf(tags);
	}

	static List<String> tagsOf(@Nullable String stored) {
		return stored == null || stored.isEmpty() ? List.of()
				: Arrays.stream(stored.split(",")).map(String::strip).toList();
	}

}
