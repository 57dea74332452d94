package org.aftersale.integrations.shopify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.aftersale.catalog.Catalog;
import org.aftersale.catalog.ProductSubmission;
import org.aftersale.catalog.VariantSubmission;
import org.aftersale.kernel.StoreId;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import static org.aftersale.integrations.shopify.ShopifyPayload.instant;
import static org.aftersale.integrations.shopify.ShopifyPayload.required;
import static org.aftersale.integrations.shopify.ShopifyPayload.text;

/**
 * {@code products/create} and {@code products/update}: Shopify's Product resource with
 * its variants, taken into the catalog by Shopify id.
 */
@Component
class ProductTopics implements ShopifyTopicHandler {

	private final Catalog catalog;

	ProductTopics(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public boolean handles(String topic) {
		return Set.of("products/create", "products/update").contains(topic);
	}

	@Override
	public void handle(StoreId storeId, String topic, JsonNode product) {
		String title = text(product, "title");
		catalog.submit(storeId,
				new ProductSubmission(ShopifyOrderMapper.SOURCE, required(product, "id"), title == null ? "" : title,
						text(product, "handle"), text(product, "vendor"), text(product, "product_type"),
						text(product, "status"), CustomerTopics.tags(text(product, "tags")),
						text(product.path("image"), "src"), instant(product, "updated_at"), variants(product)));
	}

	private static List<VariantSubmission> variants(JsonNode product) {
		List<VariantSubmission> variants = new ArrayList<>();
		for (JsonNode variant : product.path("variants")) {
			// Shopify reports a quantity even for untracked variants; it means nothing
			// there.
			boolean tracked = text(variant, "inventory_management") != null;
			String title = text(variant, "title");
			String price = text(variant, "price");
			variants.add(new VariantSubmission(text(variant, "id"), text(variant, "sku"), title == null ? "" : title,
					price == null ? "" : price, text(variant, "compare_at_price"),
					tracked && variant.path("inventory_quantity").isNumber()
							? variant.path("inventory_quantity").asLong() : null,
					null));
		}
		return variants;
	}

}
