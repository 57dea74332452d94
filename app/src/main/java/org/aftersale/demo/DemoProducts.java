package org.aftersale.demo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.aftersale.catalog.ProductSubmission;
import org.aftersale.catalog.VariantSubmission;

/**
 * The demo catalogue as the shop would sync it, with SKUs matching those on the demo
 * orders.
 */
final class DemoProducts {

	private DemoProducts() {
	}

	static String variantSku(DemoCatalogue.Product product, String variant) {
		return product.sku() + "-" + variant.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
	}

	static List<ProductSubmission> submissions(String imageBase, Instant now) {
		return DemoCatalogue.PRODUCTS.stream().map(p -> {
			List<VariantSubmission> variants = p.variants()
				.stream()
				.map(v -> new VariantSubmission("var-" + variantSku(p, v), variantSku(p, v), v, p.price(), null,
						(long) (12 + Math.abs(v.hashCode() % 80)), null))
				.toList();
			return new ProductSubmission(DemoOrders.SOURCE, "prod-" + p.sku(), p.title(), null, "Northwind",
					p.tags().get(0), "active", p.tags(), imageBase + p.sku() + ".svg", now, variants);
		}).toList();
	}

}
