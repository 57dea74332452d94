package org.aftersale.demo;

import java.util.Optional;

/**
 * Simple product pictures for the demo catalogue: the product's colour and initials.
 */
public final class DemoImages {

	private DemoImages() {
	}

	/** The picture of a demo product by its base SKU; empty for anything else. */
	public static Optional<String> svg(String sku) {
		return DemoCatalogue.PRODUCTS.stream().filter(p -> p.sku().equals(sku)).findFirst().map(p -> {
			String initials = p.title().replaceAll("[^A-Z]", "");
			initials = initials.length() > 2 ? initials.substring(0, 2) : initials;
			return """
					<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240" role="img">
					<title>%s</title><rect width="240" height="240" rx="24" fill="%s"/>
					<text x="120" y="140" font-family="system-ui, sans-serif" font-size="72" font-weight="700"
					text-anchor="middle" fill="#ffffff">%s</text></svg>
					""".formatted(p.title().replace("&", "&amp;"), p.colour(), initials);
		});
	}

}
