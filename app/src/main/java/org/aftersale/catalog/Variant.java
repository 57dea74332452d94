package org.aftersale.catalog;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One purchasable version of a product (a size, a colour), with its SKU, price and stock.
 * {@code variantId} stays the same across updates of the product, so that returns and
 * exchanges can point at it.
 *
 * @param storeId the product's store, repeated here so that SKU look-ups stay within one
 * store without touching the product table
 * @param inventoryQuantity units in stock as the shop last reported them; {@code null}
 * when the shop does not track stock for this variant
 */
@Table(schema = "catalog", name = "variant")
public record Variant(UUID variantId, UUID storeId, @Nullable String externalId, @Nullable String sku, String title,
		long priceMinor, @Nullable Long compareAtPriceMinor, String currency, @Nullable Long inventoryQuantity,
		@Nullable String imageUrl) {

	public Money price() {
		return new Money(priceMinor, Currency.getInstance(currency));
	}

	public @Nullable Money compareAtPrice() {
		return compareAtPriceMinor == null ? null : new Money(compareAtPriceMinor, Currency.getInstance(currency));
	}

	/**
	 * The option values the title is made of, e.g. {@code ["M", "Blue"]} for
	 * {@code "M / Blue"}, as shops write them.
	 */
	public List<String> optionValues() {
		return Arrays.stream(title.split(" / ")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

}
