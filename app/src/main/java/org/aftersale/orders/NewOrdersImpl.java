package org.aftersale.orders;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.Address;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes orders that are new to the store, a batch at a time. Order intake is the hottest
 * write path: rendering and binding each aggregate insert through the repository cost
 * about as much as the rest of taking an order in. A new order has only its line items;
 * fulfilments and refunds come later, through the repository.
 */
class NewOrdersImpl implements NewOrders {

	private static final String ORDER = """
			insert into orders.shop_order (id, version, store_id, source, external_id, number, placed_at, currency,
			    status, financial_status, customer_email, customer_first_name, customer_last_name, customer_phone,
			    customer_email_marketing_consent, customer_sms_marketing_consent,
			    ship_name, ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country,
			    total_subtotal_minor, total_shipping_minor, total_tax_minor, total_discount_minor, total_total_minor,
			    total_taxes_included, refunded_minor, source_updated_at, cancelled_at, cancel_reason, created_at, updated_at)
			values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (store_id, source, external_id) do nothing
			""";

	private static final String LINE = """
			insert into orders.line_item (order_id, position, line_id, external_id, sku, title, variant_title,
			    quantity, unit_price_minor, discount_minor, tax_minor, product_id, variant_id, image_url, tags,
			    product_type)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private record Line(Order order, int position, LineItem item) {
	}

	private final JdbcTemplate jdbc;

	NewOrdersImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean[] insertNew(List<Order> orders) {
		int[][] counts = jdbc.batchUpdate(ORDER, orders, orders.size(), NewOrdersImpl::bindOrder);
		boolean[] inserted = new boolean[orders.size()];
		List<Line> lines = new ArrayList<>();
		int i = 0;
		for (int[] chunk : counts) {
			for (int count : chunk) {
				Order order = orders.get(i);
				inserted[i++] = count == 1;
				if (count == 1) {
					for (int position = 0; position < order.lineItems().size(); position++) {
						lines.add(new Line(order, position, order.lineItems().get(position)));
					}
					order.stored();
				}
			}
		}
		jdbc.batchUpdate(LINE, lines, Math.max(lines.size(), 1), NewOrdersImpl::bindLine);
		return inserted;
	}

	private static void bindOrder(PreparedStatement ps, Order o) throws SQLException {
		if (!o.fulfilments().isEmpty() || !o.refunds().isEmpty()) {
			throw new IllegalArgumentException("a new order has neither fulfilments nor refunds");
		}
		CustomerSnapshot customer = o.customer();
		Address ship = o.shippingAddress();
		ps.setObject(1, o.id().value());
		ps.setObject(2, o.storeId().value());
		ps.setString(3, o.source());
		ps.setString(4, o.externalId());
		ps.setString(5, o.number());
		ps.setTimestamp(6, timestamp(o.placedAt()));
		ps.setString(7, o.currency().getCurrencyCode());
		ps.setString(8, o.status().name());
		ps.setString(9, o.financialStatus());
		ps.setString(10, customer == null ? null : customer.email());
		ps.setString(11, customer == null ? null : customer.firstName());
		ps.setString(12, customer == null ? null : customer.lastName());
		ps.setString(13, customer == null ? null : customer.phone());
		ps.setObject(14, customer == null ? null : customer.emailMarketingConsent(), java.sql.Types.BOOLEAN);
		ps.setObject(15, customer == null ? null : customer.smsMarketingConsent(), java.sql.Types.BOOLEAN);
		ps.setString(16, ship == null ? null : ship.name());
		ps.setString(17, ship == null ? null : ship.line1());
		ps.setString(18, ship == null ? null : ship.line2());
		ps.setString(19, ship == null ? null : ship.city());
		ps.setString(20, ship == null ? null : ship.region());
		ps.setString(21, ship == null ? null : ship.postalCode());
		ps.setString(22, ship == null ? null : ship.country());
		ps.setLong(23, o.subtotal().minorUnits());
		ps.setLong(24, o.shipping().minorUnits());
		ps.setLong(25, o.tax().minorUnits());
		ps.setLong(26, o.discount().minorUnits());
		ps.setLong(27, o.total().minorUnits());
		ps.setBoolean(28, o.taxesIncluded());
		ps.setLong(29, o.refunded().minorUnits());
		ps.setTimestamp(30, timestamp(o.sourceUpdatedAt()));
		ps.setTimestamp(31, timestamp(o.cancelledAt()));
		ps.setString(32, o.cancelReason());
		ps.setTimestamp(33, timestamp(o.createdAt()));
		ps.setTimestamp(34, timestamp(o.updatedAt()));
	}

	private static void bindLine(PreparedStatement ps, Line line) throws SQLException {
		LineItem item = line.item();
		ps.setObject(1, line.order().id().value());
		ps.setInt(2, line.position());
		ps.setObject(3, item.lineId());
		ps.setString(4, item.externalId());
		ps.setString(5, item.sku());
		ps.setString(6, item.title());
		ps.setString(7, item.variantTitle());
		ps.setLong(8, item.quantity());
		ps.setLong(9, item.unitPriceMinor());
		ps.setLong(10, item.discountMinor());
		ps.setLong(11, item.taxMinor());
		ps.setString(12, item.productId());
		ps.setString(13, item.variantId());
		ps.setString(14, item.imageUrl());
		ps.setString(15, item.tags());
		ps.setString(16, item.productType());
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
