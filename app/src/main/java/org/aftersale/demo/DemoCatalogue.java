package org.aftersale.demo;

import java.util.List;

/**
 * The demo store's products: an outdoor apparel shop, prices in USD.
 */
final class DemoCatalogue {

	record Product(String sku, String title, List<String> variants, String price, List<String> tags, String colour) {
	}

	static final List<Product> PRODUCTS = List.of(
			new Product("TEE-ORG", "Organic Cotton Tee", List.of("S / Sand", "M / Sand", "L / Forest", "XL / Forest"),
					"28.00", List.of("apparel", "organic", "bestseller"), "#c2a878"),
			new Product("HOOD-FLC", "Recycled Fleece Hoodie", List.of("S / Charcoal", "M / Charcoal", "L / Rust"),
					"74.00", List.of("apparel", "recycled"), "#4b5563"),
			new Product("JKT-RAIN", "Packable Rain Jacket", List.of("S / Yellow", "M / Yellow", "L / Navy"), "129.00",
					List.of("apparel", "outerwear", "final-sale-excluded"), "#eab308"),
			new Product("PANT-HIK", "Trail Hiking Pants", List.of("30 / Olive", "32 / Olive", "34 / Stone"), "89.00",
					List.of("apparel", "hiking"), "#556b2f"),
			new Product("SOCK-MER", "Merino Hiking Socks (2-pack)", List.of("M", "L"), "24.00",
					List.of("accessories", "merino"), "#7c3aed"),
			new Product("CAP-5P", "Five-Panel Cap", List.of("One size / Black", "One size / Clay"), "32.00",
					List.of("accessories"), "#b45309"),
			new Product("BOT-STL", "Insulated Steel Bottle 750 ml", List.of("Glacier", "Moss"), "36.00",
					List.of("gear", "bestseller"), "#0ea5e9"),
			new Product("MUG-ENM", "Enamel Camp Mug", List.of("White", "Blue"), "18.00", List.of("gear", "camp"),
					"#2563eb"),
			new Product("PACK-22", "Daypack 22 L", List.of("Black", "Ocean"), "110.00", List.of("gear", "bags"),
					"#111827"),
			new Product("LAMP-HD", "Rechargeable Headlamp", List.of("Standard"), "45.00",
					List.of("gear", "electronics"), "#f97316"),
			new Product("BLKT-DWN", "Down Camp Blanket", List.of("Standard"), "159.00", List.of("gear", "camp"),
					"#dc2626"),
			new Product("GLV-LNR", "Touchscreen Liner Gloves", List.of("S/M", "L/XL"), "29.00",
					List.of("accessories", "winter"), "#334155"),
			new Product("BNE-KNT", "Cable Knit Beanie", List.of("Oat", "Forest", "Rust"), "34.00",
					List.of("accessories", "winter"), "#15803d"),
			new Product("GFT-50", "Gift Card $50", List.of("Digital"), "50.00", List.of("gift-card", "non-returnable"),
					"#db2777"));

	private DemoCatalogue() {
	}

}
