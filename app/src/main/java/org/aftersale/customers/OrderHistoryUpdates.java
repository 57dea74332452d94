package org.aftersale.customers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what the order-history listener changes on known customers (the summary, and a
 * name or phone an order filled in) for a whole batch in one round trip; through the
 * repository each customer cost an update rendered and bound field by field. The version
 * is checked and bumped as the repository would.
 */
@Component
class OrderHistoryUpdates {

	private static final String UPDATE = """
			update customers.customer set version = version + 1, first_name = ?, last_name = ?, phone = ?,
			    orders_count = ?, cancelled_count = ?, total_spent_minor = ?, currency = ?, first_order_at = ?,
			    last_order_at = ?, updated_at = ?
			where id = ? and version = ?
			""";

	private final JdbcTemplate jdbc;

	OrderHistoryUpdates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(List<Customer> customers) {
		if (customers.isEmpty()) {
			return;
		}
		int[][] counts = jdbc.batchUpdate(UPDATE, customers, customers.size(), (ps, customer) -> {
			OrderHistory history = customer.orderHistory();
			ps.setString(1, customer.firstName());
			ps.setString(2, customer.lastName());
			ps.setString(3, customer.phone());
			ps.setLong(4, history.ordersCount());
			ps.setLong(5, history.cancelledCount());
			ps.setLong(6, history.totalSpent().minorUnits());
			ps.setString(7, history.totalSpent().currency().getCurrencyCode());
			ps.setTimestamp(8, timestamp(history.firstOrderAt()));
			ps.setTimestamp(9, timestamp(history.lastOrderAt()));
			ps.setTimestamp(10, Timestamp.from(customer.updatedAt()));
			ps.setObject(11, customer.id().value());
			ps.setObject(12, customer.version());
		});
		for (int[] chunk : counts) {
			for (int count : chunk) {
				if (count == 0) {
					throw new OptimisticLockingFailureException("a customer changed while their orders were linked");
				}
			}
		}
		customers.forEach(Customer::savedAsNextVersion);
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
