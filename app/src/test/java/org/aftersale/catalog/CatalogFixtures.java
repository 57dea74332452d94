package org.aftersale.catalog;

import java.util.List;

/**
 * Products built the way a shop would send them, as submissions and as API JSON.
 */
public final class CatalogFixtures {

	private CatalogFixtures() {
	}

	public static VariantSubmission variant(String externalId, String sku, String price) {
		return new VariantSubmission(externalId, sku, "M / Blue", price, null, 5L, null);
	}

	public static ProductSubmission product(String externalId, String title, List<String> tags,
			VariantSubmission... variants) {
		return new ProductSubmission("api", externalId, title, null, "Acme", "Shirts", null, tags, null, null,
				List.of(variants));
	}

	public static ProductSubmission tshirt(String externalId) {
		return product(externalId, "Organic T-shirt", List.of("apparel", "summer"),
				variant(externalId + "-m", "TS-" + externalId + "-M", "19.90"),
				variant(externalId + "-l", "TS-" + externalId + "-L", "21.90"));
	}

	public static String productJson(String externalId, String sku, String price, String updatedAt) {
		return """
				{"externalId":"%s","title":"Organic T-shirt","vendor":"Acme","productType":"Shirts",
				 "tags":["apparel","summer"],"imageUrl":"https://example.com/tshirt.jpg","updatedAt":"%s",
				 "variants":[{"externalId":"%s-m","sku":"%s","title":"M / Blue","price":"%s","compareAtPrice":"29.90",
				              "inventoryQuantity":7},
				             {"externalId":"%s-l","sku":"%s-L","title":"L / Blue","price":"21.90"}]}
				""".formatted(externalId, updatedAt, externalId, sku, price, externalId, sku);
	}

}
