package org.aftersale.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.IdSelection;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads many orders, with their line items, fulfilments and refunds, in one statement per
 * table. The repository reads each order's collections with queries of their own,
 * rendered afresh every time: for the e-mail senders, which need one order per message,
 * that was the largest part of their work.
 */
class OrdersByIdImpl implements OrdersById {

	private static final String ORDERS = "select * from orders.shop_order where store_id = ? and id = any(?)";

	private static final String ADDRESSEE = """
			select id, number, customer_email, customer_first_name, customer_last_name, customer_phone,
			       customer_email_marketing_consent, customer_sms_marketing_consent,
			       ship_name, ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country
			from orders.shop_order where store_id = ? and id = ?""";

	private final JdbcTemplate jdbc;

	OrdersByIdImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<OrderId, Order> findAllInStore(StoreId storeId, Collection<OrderId> ids) {
		Map<OrderId, Order> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		IdSelection wanted = new IdSelection(ids.stream().map(OrderId::value).toList());
		List<ResultRow> roots = new ArrayList<>();
		jdbc.query(connection -> statement(connection, ORDERS, storeId, wanted),
				(RowCallbackHandler) rs -> roots.add(new ResultRow(rs)));
		if (roots.isEmpty()) {
			return found;
		}
		IdSelection present = new IdSelection(roots.stream().map(ResultRow::id).toList());
		Map<UUID, List<LineItem>> lines = children("orders.line_item", present, OrdersByIdImpl::lineItem);
		Map<UUID, List<Fulfilment>> fulfilments = children("orders.fulfilment", present, OrdersByIdImpl::fulfilment);
		Map<UUID, List<FulfilmentLine>> fulfilmentLines = children("orders.fulfilment_line", present,
				rs -> new FulfilmentLine(rs.getObject("fulfilment_id", UUID.class), rs.getObject("line_id", UUID.class),
						rs.getLong("quantity")));
		Map<UUID, List<Refund>> refunds = children("orders.refund", present,
				rs -> new Refund(rs.getObject("refund_id", UUID.class), rs.getString("external_id"),
						rs.getLong("amount_minor"), rs.getString("note"), instant(rs, "created_at"),
						RefundSubmission.Origin.valueOf(rs.getString("origin")), rs.getString("shop_state"),
						rs.getString("shop_problem")));
		Map<UUID, List<RefundLine>> refundLines = children("orders.refund_line", present,
				rs -> new RefundLine(rs.getObject("refund_id", UUID.class), rs.getObject("line_id", UUID.class),
						rs.getLong("quantity"), rs.getLong("amount_minor"), rs.getLong("tax_minor"),
						rs.getBoolean("restock")));
		for (ResultRow root : roots) {
			Order order = root.order(lines.getOrDefault(root.id(), List.of()),
					fulfilments.getOrDefault(root.id(), List.of()), fulfilmentLines.getOrDefault(root.id(), List.of()),
					refunds.getOrDefault(root.id(), List.of()), refundLines.getOrDefault(root.id(), List.of()));
			found.put(order.id(), order);
		}
		return found;
	}

	@Override
	public Optional<OrderAddressee> addressee(StoreId storeId, OrderId id) {
		List<OrderAddressee> found = jdbc.query(
				ADDRESSEE, (rs, n) -> new OrderAddressee(new OrderId(rs.getObject("id", UUID.class)),
						rs.getString("number"), ResultRow.customer(rs), ResultRow.address(rs)),
				storeId.value(), id.value());
		return found.stream().findFirst();
	}

	private interface RowReader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	// The table names are this class's constants, never input.
	private <T> Map<UUID, List<T>> children(String table, IdSelection orderIds, RowReader<T> reader) {
		Map<UUID, List<T>> byOrder = new HashMap<>();
		jdbc.query(connection -> statement(connection,
				"select * from " + table + " where order_id = any(?) order by order_id, position", null, orderIds),
				(RowCallbackHandler) rs -> byOrder
					.computeIfAbsent(rs.getObject("order_id", UUID.class), k -> new ArrayList<>())
					.add(reader.read(rs)));
		return byOrder;
	}

	private static PreparedStatement statement(Connection connection, String sql, @Nullable StoreId storeId,
			IdSelection ids) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(ids.in(sql));
		int index = 1;
		if (storeId != null) {
			statement.setObject(index++, storeId.value());
		}
		ids.bind(statement, index);
		return statement;
	}

	private static LineItem lineItem(ResultSet rs) throws SQLException {
		return new LineItem(rs.getObject("line_id", UUID.class), rs.getString("external_id"), rs.getString("sku"),
				rs.getString("title"), rs.getString("variant_title"), rs.getLong("quantity"),
				rs.getLong("unit_price_minor"), rs.getLong("discount_minor"), rs.getLong("tax_minor"),
				rs.getString("product_id"), rs.getString("variant_id"), rs.getString("image_url"), rs.getString("tags"),
				rs.getString("product_type"));
	}

	private static Fulfilment fulfilment(ResultSet rs) throws SQLException {
		return new Fulfilment(rs.getObject("fulfilment_id", UUID.class), rs.getString("external_id"),
				rs.getString("status"), rs.getString("tracking_company"), rs.getString("tracking_numbers"),
				rs.getString("tracking_urls"), rs.getString("shipment_status"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The columns of one order row, read before its collections are. */
	private static final class ResultRow {

		private final UUID id;

		private final int version;

		private final UUID storeId;

		private final String source;

		private final String externalId;

		private final String number;

		private final Instant placedAt;

		private final String currency;

		private final OrderStatus status;

		private final @Nullable String financialStatus;

		private final @Nullable CustomerSnapshot customer;

		private final @Nullable Address shippingAddress;

		private final OrderTotals totals;

		private final long refundedMinor;

		private final @Nullable Instant sourceUpdatedAt;

		private final @Nullable Instant cancelledAt;

		private final @Nullable String cancelReason;

		private final Instant createdAt;

		private final Instant updatedAt;

		ResultRow(ResultSet rs) throws SQLException {
			this.id = rs.getObject("id", UUID.class);
			this.version = rs.getInt("version");
			this.storeId = rs.getObject("store_id", UUID.class);
			this.source = rs.getString("source");
			this.externalId = rs.getString("external_id");
			this.number = rs.getString("number");
			this.placedAt = instant(rs, "placed_at");
			this.currency = rs.getString("currency");
			this.status = OrderStatus.valueOf(rs.getString("status"));
			this.financialStatus = rs.getString("financial_status");
			this.customer = customer(rs);
			this.shippingAddress = address(rs);
			this.totals = new OrderTotals(rs.getLong("total_subtotal_minor"), rs.getLong("total_shipping_minor"),
					rs.getLong("total_tax_minor"), rs.getLong("total_discount_minor"), rs.getLong("total_total_minor"),
					rs.getBoolean("total_taxes_included"));
			this.refundedMinor = rs.getLong("refunded_minor");
			this.sourceUpdatedAt = instant(rs, "source_updated_at");
			this.cancelledAt = instant(rs, "cancelled_at");
			this.cancelReason = rs.getString("cancel_reason");
			this.createdAt = instant(rs, "created_at");
			this.updatedAt = instant(rs, "updated_at");
		}

		UUID id() {
			return id;
		}

		Order order(List<LineItem> lines, List<Fulfilment> fulfilments, List<FulfilmentLine> fulfilmentLines,
				List<Refund> refunds, List<RefundLine> refundLines) {
			return new Order(id, version, storeId, source, externalId, number, placedAt, currency, status,
					financialStatus, customer, shippingAddress, totals, refundedMinor, sourceUpdatedAt, cancelledAt,
					cancelReason, createdAt, updatedAt, lines, fulfilments, fulfilmentLines, refunds, refundLines);
		}

		// Like the repository's embedded values: absent when every column is empty.
		static @Nullable CustomerSnapshot customer(ResultSet rs) throws SQLException {
			String email = rs.getString("customer_email");
			String first = rs.getString("customer_first_name");
			String last = rs.getString("customer_last_name");
			String phone = rs.getString("customer_phone");
			Boolean emailConsent = (Boolean) rs.getObject("customer_email_marketing_consent");
			Boolean smsConsent = (Boolean) rs.getObject("customer_sms_marketing_consent");
			return email == null && first == null && last == null && phone == null && emailConsent == null
					&& smsConsent == null ? null
							: new CustomerSnapshot(email, first, last, phone, emailConsent, smsConsent);
		}

		static @Nullable Address address(ResultSet rs) throws SQLException {
			String name = rs.getString("ship_name");
			String line1 = rs.getString("ship_line1");
			String line2 = rs.getString("ship_line2");
			String city = rs.getString("ship_city");
			String region = rs.getString("ship_region");
			String postalCode = rs.getString("ship_postal_code");
			String country = rs.getString("ship_country");
			return name == null && line1 == null && line2 == null && city == null && region == null
					&& postalCode == null && country == null ? null
							: new Address(name, line1, line2, city, region, postalCode, country);
		}

	}

}
