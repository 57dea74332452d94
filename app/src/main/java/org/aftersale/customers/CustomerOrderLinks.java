package org.aftersale.customers;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The orders of each customer as this capability saw them in the orders' events, and the
 * events already applied. The order-history summary is recomputed from these rows rather
 * than incremented, so applying the same facts twice cannot count twice.
 */
@Component
class CustomerOrderLinks {

	/** An order to link to a customer. */
	record Link(OrderId orderId, CustomerId customerId, Instant placedAt, Money total) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	CustomerOrderLinks(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * @return {@code false} when this event of this order was applied before
	 */
	boolean markProcessed(StoreId storeId, OrderId orderId, String eventKey, Instant now) {
		return markProcessed(storeId, List.of(orderId), eventKey, now).contains(orderId);
	}

	/**
	 * @return the orders among these whose event of this kind was not applied before
	 */
	Set<OrderId> markProcessed(StoreId storeId, Collection<OrderId> orderIds, String eventKey, Instant now) {
		Set<OrderId> fresh = new HashSet<>();
		jdbcTemplate.query(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					insert into customers.processed_order_event (store_id, order_id, event_key, processed_at)
					select ?, o.id, ?, ? from unnest(?::uuid[]) as o(id)
					on conflict do nothing returning order_id
					""");
			statement.setObject(1, storeId.value());
			statement.setString(2, eventKey);
			statement.setTimestamp(3, Timestamp.from(now));
			statement.setArray(4, connection.createArrayOf("uuid", orderIds.stream().map(OrderId::value).toArray()));
			return statement;
		}, (RowCallbackHandler) rs -> fresh.add(new OrderId(rs.getObject(1, UUID.class))));
		return fresh;
	}

	/**
	 * Links the orders in one statement.
	 * @return the orders among them that were linked before (to anyone): their earlier
	 * link, with its cancellation and refunds, moved to the customer given now
	 */
	Set<OrderId> linkAll(StoreId storeId, List<Link> links) {
		Set<OrderId> moved = new HashSet<>();
		if (links.isEmpty()) {
			return moved;
		}
		// xmax is 0 on a row version that an insert created, not an update.
		jdbcTemplate.query(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					insert into customers.customer_order
					    (store_id, order_id, customer_id, placed_at, total_minor, refunded_minor, currency, cancelled)
					select ?, l.order_id, l.customer_id, l.placed_at, l.total, 0, l.currency, false
					from unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::bigint[], ?::text[])
					    as l(order_id, customer_id, placed_at, total, currency)
					on conflict (store_id, order_id) do update set customer_id = excluded.customer_id,
					    placed_at = excluded.placed_at, total_minor = excluded.total_minor, currency = excluded.currency
					returning order_id, xmax = 0
					""");
			statement.setObject(1, storeId.value());
			statement.setArray(2,
					connection.createArrayOf("uuid", links.stream().map(l -> l.orderId().value()).toArray()));
			statement.setArray(3,
					connection.createArrayOf("uuid", links.stream().map(l -> l.customerId().value()).toArray()));
			statement.setArray(4, connection.createArrayOf("timestamptz",
					links.stream().map(l -> Timestamp.from(l.placedAt())).toArray()));
			statement.setArray(5,
					connection.createArrayOf("bigint", links.stream().map(l -> l.total().minorUnits()).toArray()));
			statement.setArray(6, connection.createArrayOf("text",
					links.stream().map(l -> l.total().currency().getCurrencyCode()).toArray()));
			return statement;
		}, (RowCallbackHandler) rs -> {
			if (!rs.getBoolean(2)) {
				moved.add(new OrderId(rs.getObject(1, UUID.class)));
			}
		});
		return moved;
	}

	Optional<CustomerId> customerOf(StoreId storeId, OrderId orderId) {
		return jdbc
			.sql("select customer_id from customers.customer_order where store_id = :store and order_id = :order")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.query((rs, n) -> new CustomerId(rs.getObject(1, UUID.class)))
			.optional();
	}

	void markCancelled(StoreId storeId, OrderId orderId) {
		jdbc.sql("update customers.customer_order set cancelled = true where store_id = :store and order_id = :order")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.update();
	}

	void addRefund(StoreId storeId, OrderId orderId, Money amount) {
		jdbc.sql("""
				update customers.customer_order set refunded_minor = refunded_minor + :amount
				where store_id = :store and order_id = :order and currency = :currency
				""")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.param("amount", amount.minorUnits())
			.param("currency", amount.currency().getCurrencyCode())
			.update();
	}

	/**
	 * The summary of a customer's linked orders; money in the currency of their first
	 * order, or in {@code fallback} when they have none.
	 */
	OrderHistory historyOf(StoreId storeId, CustomerId customerId, Currency fallback) {
		OrderHistory history = historiesOf(storeId, List.of(customerId)).get(customerId);
		return history != null ? history : new OrderHistory(0, 0, Money.zero(fallback), null, null);
	}

	/**
	 * The summaries of these customers' linked orders, in one query; a customer without
	 * linked orders has none.
	 */
	Map<CustomerId, OrderHistory> historiesOf(StoreId storeId, Collection<CustomerId> customerIds) {
		Map<CustomerId, OrderHistory> histories = new HashMap<>();
		if (customerIds.isEmpty()) {
			return histories;
		}
		// One customer (every single order) is asked for with "=": PostgreSQL plans an
		// "= any(array)" afresh on each execution, which cost it more than the recount.
		boolean one = customerIds.size() == 1;
		String which = one ? "customer_id = ?" : "customer_id = any(?::uuid[])";
		jdbcTemplate.query(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					with linked as (
					    select * from customers.customer_order where store_id = ? and %s),
					first_order as (
					    select distinct on (customer_id) customer_id, currency from linked
					    order by customer_id, placed_at, order_id)
					select l.customer_id, count(*) as orders, count(*) filter (where l.cancelled) as cancelled,
					       min(l.placed_at) as first_at, max(l.placed_at) as last_at,
					       coalesce(sum(greatest(l.total_minor - l.refunded_minor, 0)) filter (
					           where not l.cancelled and l.currency = f.currency), 0) as spent,
					       f.currency
					from linked l join first_order f on f.customer_id = l.customer_id
					group by l.customer_id, f.currency
					""".formatted(which));
			statement.setObject(1, storeId.value());
			if (one) {
				statement.setObject(2, customerIds.iterator().next().value());
			}
			else {
				statement.setArray(2,
						connection.createArrayOf("uuid", customerIds.stream().map(CustomerId::value).toArray()));
			}
			return statement;
		}, (RowCallbackHandler) rs -> histories.put(new CustomerId(rs.getObject("customer_id", UUID.class)),
				new OrderHistory(rs.getLong("orders"), rs.getLong("cancelled"),
						new Money(rs.getLong("spent"), Currency.getInstance(rs.getString("currency"))),
						rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant())));
		return histories;
	}

}
