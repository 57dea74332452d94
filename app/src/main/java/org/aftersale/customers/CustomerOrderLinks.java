package org.aftersale.customers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The orders of each customer as this capability saw them in the orders' events, and the
 * events already applied. The order-history summary is recomputed from these rows rather
 * than incremented, so applying the same facts twice cannot count twice.
 */
@Component
class CustomerOrderLinks {

	private final JdbcClient jdbc;

	CustomerOrderLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return {@code false} when this event of this order was applied before
	 */
	boolean markProcessed(StoreId storeId, OrderId orderId, String eventKey, Instant now) {
		return jdbc.sql("""
				insert into customers.processed_order_event (store_id, order_id, event_key, processed_at)
				values (:store, :order, :key, :now) on conflict do nothing
				""")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.param("key", eventKey)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * @return {@code true} when the order was not linked before (to anyone);
	 * {@code false} when an earlier link, with its cancellation and refunds, moved to
	 * this customer
	 */
	boolean link(StoreId storeId, OrderId orderId, CustomerId customerId, Instant placedAt, Money total) {
		// xmax is 0 on a row version that an insert created, not an update.
		return jdbc.sql("""
				insert into customers.customer_order
				    (store_id, order_id, customer_id, placed_at, total_minor, refunded_minor, currency, cancelled)
				values (:store, :order, :customer, :placedAt, :total, 0, :currency, false)
				on conflict (store_id, order_id) do update set customer_id = excluded.customer_id,
				    placed_at = excluded.placed_at, total_minor = excluded.total_minor, currency = excluded.currency
				returning xmax = 0
				""")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.param("customer", customerId.value())
			.param("placedAt", Timestamp.from(placedAt))
			.param("total", total.minorUnits())
			.param("currency", total.currency().getCurrencyCode())
			.query(Boolean.class)
			.single();
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
		return jdbc.sql("""
				with first_order as (
				    select currency from customers.customer_order
				    where store_id = :store and customer_id = :customer order by placed_at, order_id limit 1)
				select count(*) as orders, count(*) filter (where cancelled) as cancelled,
				       min(placed_at) as first_at, max(placed_at) as last_at,
				       coalesce(sum(greatest(total_minor - refunded_minor, 0)) filter (
				           where not cancelled and currency = (select currency from first_order)), 0) as spent,
				       (select currency from first_order) as currency
				from customers.customer_order where store_id = :store and customer_id = :customer
				""").param("store", storeId.value()).param("customer", customerId.value()).query((rs, n) -> {
			String code = rs.getString("currency");
			Currency currency = code == null ? fallback : Currency.getInstance(code);
			Timestamp first = rs.getTimestamp("first_at");
			Timestamp last = rs.getTimestamp("last_at");
			return new OrderHistory(rs.getLong("orders"), rs.getLong("cancelled"),
					new Money(rs.getLong("spent"), currency), first == null ? null : first.toInstant(),
					last == null ? null : last.toInstant());
		}).single();
	}

}
