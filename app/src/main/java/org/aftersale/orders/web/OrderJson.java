package org.aftersale.orders.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftersale.kernel.Address;
import org.aftersale.orders.CustomerSnapshot;
import org.aftersale.orders.DeliveryStatus;
import org.aftersale.orders.Fulfilment;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderShipment;
import org.aftersale.orders.RefundLine;
import org.jspecify.annotations.Nullable;

/**
 * An order as the API shows it; a stable wire shape independent of how the aggregate is
 * stored.
 */
record OrderJson(UUID id, String externalId, String source, String number, Instant placedAt, String currency,
		String status, String deliveryStatus, @Nullable String financialStatus, @Nullable CustomerSnapshot customer,
		@Nullable Address shippingAddress, List<LineJson> lineItems, TotalsJson totals, PaymentsJson payments,
		List<RefundJson> refunds, List<ShipmentJson> shipments, @Nullable Instant cancelledAt,
		@Nullable String cancelReason, Instant createdAt, Instant updatedAt) {

	record LineJson(UUID id, @Nullable String externalId, @Nullable String sku, String title,
			@Nullable String variantTitle, long quantity, String unitPrice, String discount, String tax,
			@Nullable String productId, @Nullable String variantId, @Nullable String imageUrl, List<String> tags,
			@Nullable String productType) {
	}

	record TotalsJson(String subtotal, String shipping, String tax, String discount, String total, String refunded) {
	}

	/**
	 * What the shopper was charged, what was given back, and what still can be.
	 */
	record PaymentsJson(String captured, String refunded, String refundable) {
	}

	/**
	 * A refund, by the shop ({@code origin} "shop", with its id) or by Aftersale.
	 *
	 * @param inShop for a refund of Aftersale's on an order of a connected shop:
	 * {@code pending}, {@code done} (its id there is {@code externalId}) or
	 * {@code failed} with the shop's reason in {@code shopProblem}
	 */
	record RefundJson(UUID id, @Nullable String externalId, String origin, String amount, @Nullable String note,
			Instant createdAt, @Nullable String inShop, @Nullable String shopProblem, List<RefundLineJson> lines) {
	}

	/**
	 * Units of a line a refund gave back: their goods amount after discounts, and tax.
	 */
	record RefundLineJson(UUID lineItemId, long quantity, String amount, String tax, boolean restock) {
	}

	/**
	 * A parcel of the order. Once the tracking capability follows it, {@code id} is the
	 * shipment's and the status comes from carrier events; until then {@code id} is
	 * absent and the status is what the shop reported.
	 */
	record ShipmentJson(@Nullable UUID id, @Nullable UUID fulfilmentId, @Nullable String carrier, String trackingNumber,
			@Nullable String trackingUrl, String status, @Nullable String subStatus,
			@Nullable LocalDate estimatedDelivery, @Nullable Instant deliveredAt) {
	}

	static OrderJson of(Order order, List<OrderShipment> tracked) {
		Currency currency = order.currency();
		List<LineJson> lines = order.lineItems()
			.stream()
			.map(l -> new LineJson(l.lineId(), l.externalId(), l.sku(), l.title(), l.variantTitle(), l.quantity(),
					l.unitPrice(currency).toString(), money(l.discountMinor(), currency), money(l.taxMinor(), currency),
					l.productId(), l.variantId(), l.imageUrl(), l.tagList(), l.productType()))
			.toList();
		List<ShipmentJson> shipments = shipments(order, tracked);
		return new OrderJson(order.id().value(), order.externalId(), order.source(), order.number(), order.placedAt(),
				currency.getCurrencyCode(), order.status().wireName(),
				DeliveryStatus.of(order.status(), shipments.stream().map(ShipmentJson::status).toList()).wireName(),
				order.financialStatus(), order.customer(), order.shippingAddress(), lines,
				new TotalsJson(order.subtotal().toString(), order.shipping().toString(), order.tax().toString(),
						order.discount().toString(), order.total().toString(), order.refunded().toString()),
				new PaymentsJson(order.captured().toString(), order.refunded().toString(),
						order.refundable().toString()),
				refunds(order), shipments, order.cancelledAt(), order.cancelReason(), order.createdAt(),
				order.updatedAt());
	}

	// Tracked shipments first; a fulfilment's number that tracking has not picked up yet
	// (its listener runs after the commit) still shows with the shop's status.
	static List<ShipmentJson> shipments(Order order, List<OrderShipment> tracked) {
		List<ShipmentJson> shipments = new ArrayList<>();
		Set<String> followed = new HashSet<>();
		for (OrderShipment s : tracked) {
			followed.add(comparable(s.trackingNumber()));
			shipments.add(new ShipmentJson(s.id(), s.fulfilmentId(), s.carrier(), s.trackingNumber(), s.trackingUrl(),
					s.status(), s.subStatus(), s.estimatedDelivery(), s.deliveredAt()));
		}
		for (Fulfilment f : order.fulfilments()) {
			List<String> numbers = f.trackingNumberList();
			List<String> urls = f.trackingUrlList();
			for (int i = 0; i < numbers.size(); i++) {
				if (followed.contains(comparable(numbers.get(i)))) {
					continue;
				}
				shipments.add(new ShipmentJson(null, f.fulfilmentId(),
						f.trackingCompany() == null ? null : f.trackingCompany().toLowerCase(Locale.ROOT),
						numbers.get(i), i < urls.size() ? urls.get(i) : null, ShopShipmentStatus.normalise(f), null,
						null, null));
			}
		}
		return shipments;
	}

	private static List<RefundJson> refunds(Order order) {
		Currency currency = order.currency();
		List<RefundLine> lines = order.refundLines();
		return order.refunds()
			.stream()
			.map(r -> new RefundJson(r.refundId(), r.externalId(), r.origin().name().toLowerCase(Locale.ROOT),
					money(r.amountMinor(), currency), r.note(), r.createdAt(),
					r.shopState() == null ? null : r.shopState().toLowerCase(Locale.ROOT), r.shopProblem(),
					lines.stream()
						.filter(l -> l.refundId().equals(r.refundId()))
						.map(l -> new RefundLineJson(l.lineId(), l.quantity(), money(l.amountMinor(), currency),
								money(l.taxMinor(), currency), l.restock()))
						.toList()))
			.toList();
	}

	private static String comparable(String trackingNumber) {
		return trackingNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	private static String money(long minor, Currency currency) {
		return new org.aftersale.kernel.Money(minor, currency).toString();
	}

}
