package org.aftersale.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code POST /api/v1/orders} documents from Olist orders; {@code run} and
 * {@code copy} make each external id unique so that every post is a genuinely new order.
 */
final class OrderDocuments {

	private OrderDocuments() {
	}

	static Map<String, Object> of(OlistOrders.OlistOrder o, String run, long copy) {
		Map<String, BigDecimal> quantities = new LinkedHashMap<>();
		Map<String, OlistOrders.OlistItem> byProduct = new LinkedHashMap<>();
		for (OlistOrders.OlistItem item : o.items()) {
			quantities.merge(item.productId(), BigDecimal.ONE, BigDecimal::add);
			byProduct.putIfAbsent(item.productId(), item);
		}
		List<Map<String, Object>> lines = new ArrayList<>();
		BigDecimal subtotal = BigDecimal.ZERO;
		for (Map.Entry<String, OlistOrders.OlistItem> entry : byProduct.entrySet()) {
			OlistOrders.OlistItem item = entry.getValue();
			BigDecimal price = new BigDecimal(item.price()).setScale(2, java.math.RoundingMode.HALF_UP);
			BigDecimal quantity = quantities.get(entry.getKey());
			subtotal = subtotal.add(price.multiply(quantity));
			lines.add(Map.of("sku", entry.getKey().substring(0, 12), "title",
					item.category().replace('_', ' ') + " " + entry.getKey().substring(0, 6), "quantity",
					quantity.longValue(), "unitPrice", price.toPlainString(), "productId", entry.getKey(), "tags",
					List.of(item.category())));
		}
		BigDecimal shipping = o.freights()
			.stream()
			.map(BigDecimal::new)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, java.math.RoundingMode.HALF_UP);
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("externalId", o.id() + "-" + run + "-" + copy);
		order.put("source", "olist");
		order.put("number", "#OL-" + o.id().substring(0, 8) + "-" + copy);
		order.put("placedAt", o.purchasedAt().replace(' ', 'T') + "-03:00");
		order.put("currency", "BRL");
		order.put("customer", Map.of("email", o.customerUniqueId().substring(0, 16) + "@customers.olist.example",
				"firstName", "Cliente", "lastName", o.customerUniqueId().substring(0, 6)));
		order.put("shippingAddress",
				Map.of("name", "Cliente " + o.customerUniqueId().substring(0, 6), "line1", "Rua " + o.zip() + ", 100",
						"city", o.city(), "region", o.state(), "postalCode", o.zip() + "-000", "country", "BR"));
		order.put("lineItems", lines);
		order.put("totals", Map.of("subtotal", subtotal.toPlainString(), "shipping", shipping.toPlainString(), "tax",
				"0.00", "discount", "0.00", "total", subtotal.add(shipping).toPlainString()));
		return order;
	}

}
