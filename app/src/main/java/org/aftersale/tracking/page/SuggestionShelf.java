package org.aftersale.tracking.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.aftersale.catalog.CatalogQueries;
import org.aftersale.catalog.CatalogVariant;
import org.aftersale.catalog.GiftCards;
import org.aftersale.catalog.ProductStatus;
import org.aftersale.kernel.Money;
import org.aftersale.orders.OrderId;
import org.aftersale.stores.Store;
import org.aftersale.tracking.ProductSuggestions;
import org.aftersale.tracking.SuggestedProduct;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Fills the page's "You may also like": the merchant's pinned products first, then what
 * the first {@link ProductSuggestions} proposes. Every product is checked against the
 * store's catalog in one query: one the shop no longer sells (draft or archived) or a
 * gift card is left out, and each gets its storefront link and current price. Products
 * the catalog does not know still show, with the price they last sold for and no link.
 */
@Component
class SuggestionShelf {

	static final int SIZE = 4;

	private final ObjectProvider<ProductSuggestions> providers;

	private final CatalogQueries catalog;

	SuggestionShelf(ObjectProvider<ProductSuggestions> providers, CatalogQueries catalog) {
		this.providers = providers;
		this.catalog = catalog;
	}

	List<PageSuggestion> fill(Store store, SuggestionChoice choice, OrderId orderId, Collection<String> skusInOrder,
			Locale language) {
		if (!choice.shown()) {
			return List.of();
		}
		// Ask for more than fit: some may turn out to be gift cards or no longer sold.
		List<SuggestedProduct> proposed = providers.orderedStream()
			.findFirst()
			.map(provider -> provider.suggestFor(store.id(), orderId, List.copyOf(skusInOrder), SIZE * 2))
			.orElse(List.of());
		Set<String> wanted = new HashSet<>(choice.pinnedSkus());
		proposed.forEach(p -> wanted.add(p.sku()));
		Map<String, CatalogVariant> known = new LinkedHashMap<>();
		catalog.findVariantsBySkus(store.id(), wanted).forEach(v -> known.putIfAbsent(v.sku(), v));

		List<PageSuggestion> shelf = new ArrayList<>();
		Set<Object> shown = new HashSet<>();
		Set<String> bought = new HashSet<>(skusInOrder);
		for (String sku : choice.pinnedSkus()) {
			CatalogVariant variant = known.get(sku);
			if (variant != null && !bought.contains(sku) && sellable(variant) && shown.add(variant.productId())) {
				shelf.add(of(store, variant, null, language));
			}
		}
		for (SuggestedProduct product : proposed) {
			if (shelf.size() == SIZE) {
				break;
			}
			CatalogVariant variant = known.get(product.sku());
			if (variant == null) {
				if (!GiftCards.isGiftCard(product.title(), product.productType(), product.tags())
						&& shown.add(product.sku())) {
					shelf.add(new PageSuggestion(product.title(), product.imageUrl(), null,
							product.price() == null ? null : price(product.price(), language)));
				}
			}
			else if (sellable(variant) && shown.add(variant.productId())) {
				shelf.add(of(store, variant, product.imageUrl(), language));
			}
		}
		return List.copyOf(shelf.subList(0, Math.min(SIZE, shelf.size())));
	}

	private static boolean sellable(CatalogVariant variant) {
		return variant.status() == ProductStatus.ACTIVE
				&& !GiftCards.isGiftCard(variant.productTitle(), variant.productType(), variant.productTags());
	}

	private static PageSuggestion of(Store store, CatalogVariant variant, @Nullable String fallbackImage,
			Locale language) {
		String image = SafeUrl.isHttpOrHttps(variant.imageUrl()) ? variant.imageUrl() : fallbackImage;
		return new PageSuggestion(variant.productTitle(), image, store.productUrl(variant.handle()).orElse(null),
				price(variant.price(), language));
	}

	private static String price(Money money, Locale language) {
		return money.display(language);
	}

}
