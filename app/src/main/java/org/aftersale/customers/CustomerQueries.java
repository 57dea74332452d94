package org.aftersale.customers;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the customers of one store, each with their order-history summary: by id, by
 * e-mail address, and lists newest first with keyset pagination. Every query is scoped to
 * one store.
 */
@Service
@Transactional(readOnly = true)
public class CustomerQueries {

	public static final int MAX_LIMIT = 200;

	private final JdbcClient jdbc;

	private final Customers customers;

	CustomerQueries(JdbcClient jdbc, Customers customers) {
		this.jdbc = jdbc;
		this.customers = customers;
	}

	public Optional<Customer> find(StoreId storeId, CustomerId customerId) {
		return customers.findIdInStore(storeId.value(), customerId.value()).flatMap(customers::findById);
	}

	/** The customer with this address, compared case-insensitively. */
	public Optional<Customer> findByEmail(StoreId storeId, String email) {
		return customers.findIdByEmail(storeId.value(), email.strip().toLowerCase(Locale.ROOT))
			.flatMap(customers::findById);
	}

	/**
	 * Customers newest first.
	 * @param email an exact e-mail address (case-insensitive), or {@code null}
	 * @param query part of the e-mail address or of the name (case-insensitive), or
	 * {@code null}
	 * @param cursor the {@code nextCursor} of the previous page, or {@code null}
	 */
	public CustomerPage list(StoreId storeId, @Nullable String email, @Nullable String query, @Nullable String cursor,
			int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		StringBuilder sql = new StringBuilder(
				"select c.id, c.created_at from customers.customer c where c.store_id = :store");
		String exact = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		if (!exact.isEmpty()) {
			sql.append(" and c.email = :email");
		}
		if (!q.isEmpty()) {
			sql.append(" and (c.email like :q escape '\\' or lower(coalesce(c.first_name, '') || ' '")
				.append(" || coalesce(c.last_name, '')) like :q escape '\\')");
		}
		PageCursor position = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
		if (position != null) {
			sql.append(" and (c.created_at, c.id) < (:cursorAt, :cursorId)");
		}
		sql.append(" order by c.created_at desc, c.id desc limit ").append(size + 1);
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("store", storeId.value());
		if (!exact.isEmpty()) {
			statement = statement.param("email", exact);
		}
		if (!q.isEmpty()) {
			statement = statement.param("q", "%" + likeEscape(q) + "%");
		}
		if (position != null) {
			statement = statement.param("cursorAt", Timestamp.from(position.at())).param("cursorId", position.id());
		}
		List<PageCursor> keys = statement
			.query((rs, n) -> new PageCursor(rs.getTimestamp("created_at").toInstant(), rs.getObject("id", UUID.class)))
			.list();
		String next = null;
		if (keys.size() > size) {
			keys = keys.subList(0, size);
			next = keys.get(size - 1).encode();
		}
		List<UUID> ids = keys.stream().map(PageCursor::id).toList();
		List<Customer> loaded = new ArrayList<>();
		customers.findAllById(ids).forEach(loaded::add);
		loaded.sort(Comparator.comparing((Customer c) -> ids.indexOf(c.id().value())));
		return new CustomerPage(List.copyOf(loaded), next);
	}

	private static String likeEscape(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** How many customers a store has. */
	public long count(StoreId storeId) {
		return jdbc.sql("select count(*) from customers.customer where store_id = :store")
			.param("store", storeId.value())
			.query(Long.class)
			.single();
	}

}
