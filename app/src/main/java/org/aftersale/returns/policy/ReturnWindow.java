package org.aftersale.returns.policy;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How long items may be returned: {@code days} counted from {@code from}; longer or
 * shorter windows for products matched by tag, type or SKU (the longest matching one
 * wins); and an extension for a holiday season's purchases.
 */
public record ReturnWindow(int days, WindowStart from, List<Special> special, @Nullable HolidayExtension holiday) {

	public ReturnWindow {
		special = special == null ? List.of() : List.copyOf(special);
	}

	/** A window of its own for products with any of these tags, types or SKUs. */
	public record Special(String name, List<String> tags, List<String> productTypes, List<String> skus, int days) {

		public Special {
			tags = tags == null ? List.of() : List.copyOf(tags);
			productTypes = productTypes == null ? List.of() : List.copyOf(productTypes);
			skus = skus == null ? List.of() : List.copyOf(skus);
		}

		boolean matches(ReturnCase.Item item) {
			return item.tags().stream().anyMatch(t -> tags.stream().anyMatch(t::equalsIgnoreCase))
					|| (item.productType() != null
							&& productTypes.stream().anyMatch(item.productType()::equalsIgnoreCase))
					|| (item.sku() != null && skus.stream().anyMatch(item.sku()::equalsIgnoreCase));
		}

	}

	/** Purchases between the two days may be returned until {@code returnBy} at least. */
	public record HolidayExtension(LocalDate purchasedFrom, LocalDate purchasedTo, LocalDate returnBy) {

		boolean covers(LocalDate orderedOn) {
			return !orderedOn.isBefore(purchasedFrom) && !orderedOn.isAfter(purchasedTo);
		}

	}

}
