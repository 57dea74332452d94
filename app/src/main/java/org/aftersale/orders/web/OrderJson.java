package org.aftersale.orders.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.aftersale.kernel.Address;
import org.aftersale.orders.CustomerSnapshot;
import org.aftersale.orders.Fulfilment;
import org.aftersale.orders.Order;
import org.jspecify.annotations.Nullable;

/**
 * An order as the API shows it; a stable wire shape independent of how the aggregate is
 * stored.
 */
record OrderJson(UUID id, String externalId, String source, String number, Instant placedAt, String currency,
		String status, @Nullable String financialStatus, @Nullable CustomerSnapshot customer,
		@Nullable Address shippingAddress, List<LineJson> lineItems, TotalsJson totals, List<ShipmentJson> shipments,
		@Nullable Instant cancelledAt, @Nullable String cancelReason, Instant createdAt, Instant updatedAt) {

	record LineJson(UUID id, @Nullable String externalId, @Nullable String sku, String title,
			@Nullable String variantTitle, long quantity, String unitPrice, String discount, String tax,
			@Nullable String productId, @Nullable String variantId, @Nullable String imageUrl, List<String> tags) {
	}

	record TotalsJson(String subtotal, String shipping, String tax, String discount, String total, String refunded) {
	}

	/**
	 * A parcel of the order. Until the tracking capability follows it, its status is what
	 * the shop reported.
	 */
	record ShipmentJson(UUID fulfilmentId, @Nullable String carrier, String trackingNumber,
			@Nullable String trackingUrl, String status) {
	}

	static OrderJson of(Order order) {
		Currency currency = order.currency();
		List<LineJson> lines = order.lineItems()
			.stream()
			.map(l -> new LineJson(l.lineId(), l.externalId(), l.sku(), l.title(), l.variantTitle(), l.quantity(),
					l.unitPrice(currency).toString(), money(l.discountMinor(), currency), money(l.taxMinor(), currency),
					l.productId(), l.variantId(), l.imageUrl(), l.tagList()))
			.toList();
		return new OrderJson(order.id().value(), order.externalId(), order.source(), order.number(), order.placedAt(),
				currency.getCurrencyCode(), order.status().wireName(), order.financialStatus(), order.customer(),
				order.shippingAddress(), lines,
				new TotalsJson(order.subtotal().toString(), order.shipping().toString(), order.tax().toString(),
						order.discount().toString(), order.total().toString(), order.refunded().toString()),
				shipments(order), order.cancelledAt(), order.cancelReason(), order.createdAt(), order.updatedAt());
	}

	private static List<ShipmentJson> shipments(Order order) {
		List<ShipmentJson> shipments = new ArrayList<>();
		for (Fulfilment f : order.fulfilments()) {
			List<String> numbers = f.trackingNumberList();
			List<String> urls = f.trackingUrlList();
			for (int i = 0; i < numbers.size(); i++) {
				shipments.add(new ShipmentJson(f.fulfilmentId(),
						f.trackingCompany() == null ? null : f.trackingCompany().toLowerCase(Locale.ROOT),
						numbers.get(i), i < urls.size() ? urls.get(i) : null, ShopShipmentStatus.normalise(f)));
			}
		}
		return shipments;
	}

	private static String money(long minor, Currency currency) {
		return new org.aftersale.kernel.Money(minor, currency).toString();
	}

}
