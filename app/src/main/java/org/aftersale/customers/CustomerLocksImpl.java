package org.aftersale.customers;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads and row-locks a store's customers by e-mail address in one statement, in id order
 * so that two listeners locking overlapping customers wait for each other instead of
 * deadlocking. Mapped by hand: the repository's look-up of the ids it had just locked,
 * mapped by reflection, was a quarter of the order-history listener's CPU.
 */
class CustomerLocksImpl implements CustomerLocks {

	private static final String SELECT = """
			select id, version, store_id, email, source, external_id, first_name, last_name, phone,
			       accepts_marketing, tags, source_updated_at, orders_count, cancelled_count, total_spent_minor,
			       currency, first_order_at, last_order_at, created_at, updated_at
			from customers.customer where store_id = ? and %s order by id for update""";

	private final JdbcTemplate jdbc;

	CustomerLocksImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Customer> lockByEmail(StoreId storeId, Collection<String> emails) {
		if (emails.isEmpty()) {
			return List.of();
		}
		// One address (every single order) with "=", which PostgreSQL plans once.
		boolean one = emails.size() == 1;
		return jdbc.query(connection -> {
			PreparedStatement statement = connection
				.prepareStatement(SELECT.formatted(one ? "email = ?" : "email = any(?::text[])"));
			statement.setObject(1, storeId.value());
			if (one) {
				statement.setString(2, emails.iterator().next());
			}
			else {
				statement.setArray(2, connection.createArrayOf("text", emails.toArray()));
			}
			return statement;
		}, (rs, n) -> customer(rs));
	}

	private static Customer customer(ResultSet rs) throws SQLException {
		return new Customer(rs.getObject("id", UUID.class), (Integer) rs.getObject("version"),
				rs.getObject("store_id", UUID.class), rs.getString("email"), rs.getString("source"),
				rs.getString("external_id"), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("phone"), rs.getBoolean("accepts_marketing"), tags(rs.getArray("tags")),
				instant(rs.getTimestamp("source_updated_at")), rs.getLong("orders_count"),
				rs.getLong("cancelled_count"), rs.getLong("total_spent_minor"), rs.getString("currency"),
				instant(rs.getTimestamp("first_order_at")), instant(rs.getTimestamp("last_order_at")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static List<String> tags(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
