package org.aftersale.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads orders for lists, search and the API. Every query is scoped to one store; lists
 * are keyset-paginated (newest first, or by last change when {@code updatedSince} is
 * given) so that deep pages cost the same as the first.
 */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

	public static final int MAX_LIMIT = 200;

	/** The largest page of {@link #scanOrders}. */
	public static final int MAX_SCAN = 2000;

	private final JdbcClient jdbc;

	private final Orders orders;

	OrderQueries(JdbcClient jdbc, Orders orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	public Optional<Order> find(StoreId storeId, OrderId orderId) {
		return Optional.ofNullable(orders.findAllInStore(storeId, List.of(orderId)).get(orderId));
	}

	/**
	 * The order's customer and shipping address, from its row alone: for deciding on a
	 * message before reading what the order holds.
	 */
	public Optional<OrderAddressee> addressee(StoreId storeId, OrderId orderId) {
		return orders.addressee(storeId, orderId);
	}

	/**
	 * The store's orders among these, in one statement per table; others are left out.
	 */
	public Map<OrderId, Order> findAll(StoreId storeId, Collection<OrderId> orderIds) {
		return orders.findAllInStore(storeId, orderIds);
	}

	/**
	 * A value that changes whenever the order does (its version), for caches of pages
	 * built from it; empty for another store's order.
	 */
	public Optional<Integer> versionOf(StoreId storeId, OrderId orderId) {
		return jdbc.sql("select version from orders.shop_order where store_id = :store and id = :id")
			.param("store", storeId.value())
			.param("id", orderId.value())
			.query(Integer.class)
			.optional();
	}

	public OrderPage<OrderSummary> search(StoreId storeId, OrderSearch search, @Nullable String cursor, int limit) {
		return page(storeId, search, cursor, limit, this::summary,
				"o.*, (select coalesce(sum(quantity), 0) from orders.line_item li where li.order_id = o.id) as item_count",
				MAX_LIMIT);
	}

	/**
	 * Whole orders for the API: one query for the page's ids, then the aggregates loaded
	 * together.
	 */
	public OrderPage<Order> searchOrders(StoreId storeId, OrderSearch search, @Nullable String cursor, int limit) {
		return orders(storeId, search, cursor, Math.min(limit, MAX_LIMIT));
	}

	/**
	 * Whole orders in pages of up to {@link #MAX_SCAN} for readers that go through a
	 * store's history inside the server (a policy back-test): fewer, larger pages, each
	 * read in one statement per table.
	 */
	public OrderPage<Order> scanOrders(StoreId storeId, OrderSearch search, @Nullable String cursor, int limit) {
		return orders(storeId, search, cursor, Math.min(limit, MAX_SCAN));
	}

	private OrderPage<Order> orders(StoreId storeId, OrderSearch search, @Nullable String cursor, int limit) {
		OrderPage<UUID> ids = page(storeId, search, cursor, limit, (rs, n) -> rs.getObject("id", UUID.class),
				"o.id, o.placed_at, o.updated_at", limit);
		// One statement per table for the whole page: the repository's own findAllById
		// reads each order's collections with statements of their own.
		Map<OrderId, Order> found = orders.findAllInStore(storeId, ids.items().stream().map(OrderId::new).toList());
		List<Order> loaded = ids.items()
			.stream()
			.map(id -> found.get(new OrderId(id)))
			.filter(java.util.Objects::nonNull)
			.toList();
		return new OrderPage<>(loaded, ids.nextCursor());
	}

	private <T> OrderPage<T> page(StoreId storeId, OrderSearch search, @Nullable String cursor, int limit,
			org.springframework.jdbc.core.RowMapper<T> mapper, String columns, int max) {
		int size = Math.max(1, Math.min(limit, max));
		boolean byUpdate = search.updatedSince() != null;
		String timeColumn = byUpdate ? "o.updated_at" : "o.placed_at";
		StringBuilder sql = new StringBuilder("select " + columns + " from orders.shop_order o where ");
		List<Object[]> params = new ArrayList<>();
		sql.append(where(storeId, search, params));
		if (cursor != null && !cursor.isBlank()) {
			PageCursor position = PageCursor.decode(cursor);
			sql.append(byUpdate ? " and (o.updated_at, o.id) > (:cursorAt, :cursorId)"
					: " and (o.placed_at, o.id) < (:cursorAt, :cursorId)");
			params.add(new Object[] { "cursorAt", Timestamp.from(position.at()) });
			params.add(new Object[] { "cursorId", position.id() });
		}
		sql.append(byUpdate ? " order by o.updated_at, o.id" : " order by o.placed_at desc, o.id desc");
		sql.append(" limit ").append(size + 1);
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
		for (Object[] param : params) {
			statement = statement.param((String) param[0], param[1]);
		}
		List<Object[]> keyed = new ArrayList<>();
		List<T> items = statement.query((rs, n) -> {
			keyed.add(new Object[] { rs.getTimestamp(byUpdate ? "updated_at" : "placed_at").toInstant(),
					rs.getObject("id", UUID.class) });
			return mapper.mapRow(rs, n);
		}).list();
		String next = null;
		if (items.size() > size) {
			items = items.subList(0, size);
			Object[] last = keyed.get(size - 1);
			next = new PageCursor((java.time.Instant) last[0], (UUID) last[1]).encode();
		}
		return new OrderPage<>(List.copyOf(items), next);
	}

	// The conditions of a search, shared by its pages and its count.
	private static String where(StoreId storeId, OrderSearch search, List<Object[]> params) {
		StringBuilder sql = new StringBuilder("o.store_id = :store");
		params.add(new Object[] { "store", storeId.value() });
		String query = search.query() == null ? null : search.query().strip();
		if (query != null && !query.isEmpty()) {
			String digitsOrNumber = query.startsWith("#") ? query.substring(1) : query;
			sql.append(" and (o.number = :q or o.number = :qNumber or o.customer_email = :qEmail"
					+ " or lower(coalesce(o.customer_first_name, '') || ' ' || coalesce(o.customer_last_name, '')) like :qName)");
			params.add(new Object[] { "q", query });
			params.add(
					new Object[] { "qNumber", digitsOrNumber.startsWith("#") ? digitsOrNumber : "#" + digitsOrNumber });
			params.add(new Object[] { "qEmail", query.toLowerCase(Locale.ROOT) });
			params.add(new Object[] { "qName", "%" + likeEscape(query.toLowerCase(Locale.ROOT)) + "%" });
		}
		if (search.number() != null && !search.number().isBlank()) {
			sql.append(" and o.number = :number");
			params.add(new Object[] { "number", search.number().strip() });
		}
		if (search.email() != null && !search.email().isBlank()) {
			sql.append(" and o.customer_email = :email");
			params.add(new Object[] { "email", search.email().strip().toLowerCase(Locale.ROOT) });
		}
		if (search.customerName() != null && !search.customerName().isBlank()) {
			sql.append(
					" and lower(coalesce(o.customer_first_name, '') || ' ' || coalesce(o.customer_last_name, '')) like :name");
			params.add(new Object[] { "name",
					"%" + likeEscape(search.customerName().strip().toLowerCase(Locale.ROOT)) + "%" });
		}
		if (search.status() != null) {
			sql.append(" and o.status = :status");
			params.add(new Object[] { "status", search.status().name() });
		}
		if (search.placedFrom() != null) {
			sql.append(" and o.placed_at >= :from");
			params.add(new Object[] { "from", Timestamp.from(search.placedFrom()) });
		}
		if (search.placedTo() != null) {
			sql.append(" and o.placed_at < :to");
			params.add(new Object[] { "to", Timestamp.from(search.placedTo()) });
		}
		if (search.source() != null && !search.source().isBlank()) {
			sql.append(" and o.source = :source");
			params.add(new Object[] { "source", search.source().strip() });
		}
		if (search.updatedSince() != null) {
			sql.append(" and o.updated_at >= :since");
			params.add(new Object[] { "since", Timestamp.from(search.updatedSince()) });
		}
		return sql.toString();
	}

	/**
	 * The sources the store's orders came from (shopify, api, csv, ...), at most 50:
	 * skipped through the index of shop keys, one probe per source, whatever the number
	 * of orders.
	 */
	public List<String> sources(StoreId storeId) {
		return jdbc.sql("""
				with recursive s as (
				  (select source from orders.shop_order where store_id = :store order by source limit 1)
				  union all
				  select (select o.source from orders.shop_order o
				          where o.store_id = :store and o.source > s.source order by o.source limit 1)
				  from s where s.source is not null)
				select source from s where source is not null limit 50""")
			.param("store", storeId.value())
			.query(String.class)
			.list();
	}

	/**
	 * How many orders a search finds, counted up to {@code cap} (a list says "10,000+"
	 * rather than count a million rows on every page).
	 */
	public long count(StoreId storeId, OrderSearch search, int cap) {
		List<Object[]> params = new ArrayList<>();
		String sql = "select count(*) from (select 1 from orders.shop_order o where " + where(storeId, search, params)
				+ " limit " + Math.max(1, cap) + ") capped";
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		for (Object[] param : params) {
			statement = statement.param((String) param[0], param[1]);
		}
		return statement.query(Long.class).single();
	}

	private OrderSummary summary(ResultSet rs, int n) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		String first = rs.getString("customer_first_name");
		String last = rs.getString("customer_last_name");
		String email = rs.getString("customer_email");
		String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
		return new OrderSummary(new OrderId(rs.getObject("id", UUID.class)), rs.getString("number"),
				rs.getTimestamp("placed_at").toInstant(), OrderStatus.valueOf(rs.getString("status")),
				email == null ? "" : email, name.isEmpty() ? (email == null ? "" : email) : name,
				new Money(rs.getLong("total_total_minor"), currency), rs.getLong("item_count"), rs.getString("source"));
	}

	private static String likeEscape(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The order a shopper names by its number, as typed with or without the leading
	 * {@code #}, with only the facts a look-up checks. One indexed query whether or not
	 * the order exists, so callers can answer in the same time either way.
	 */
	public Optional<OrderContact> findContact(StoreId storeId, String number) {
		String typed = number.strip();
		String bare = typed.startsWith("#") ? typed.substring(1) : typed;
		return jdbc.sql("""
				select id, number, customer_email, ship_postal_code from orders.shop_order
				where store_id = :store and number in (:bare, :hashed) order by number = :typed desc limit 1""")
			.param("store", storeId.value())
			.param("bare", bare)
			.param("hashed", "#" + bare)
			.param("typed", typed)
			.query((rs, n) -> new OrderContact(new OrderId(rs.getObject("id", UUID.class)), rs.getString("number"),
					rs.getString("customer_email"), rs.getString("ship_postal_code")))
			.optional();
	}

	/**
	 * The store's best-selling products by units on orders placed since {@code since}
	 * (cancelled orders excluded), most units first, leaving out the products of the
	 * order {@code bought}: a product is its shop's product id, or its SKU where the line
	 * has none, so that another colour of what the shopper just bought is not suggested
	 * to them. Each comes with the SKU, title and image of its most recent line. Empty
	 * when the store sold nothing with a SKU in that time.
	 */
	public List<BestSeller> bestSellers(StoreId storeId, OrderId bought, java.time.Instant since, int limit) {
		return jdbc
			.sql("""
					with sold as (
					    select coalesce(nullif(li.product_id, ''), li.sku) as product, li.sku, li.title,
					           li.image_url, li.quantity, o.placed_at, li.unit_price_minor, o.currency, li.tags,
					           li.product_type
					    from orders.line_item li join orders.shop_order o on o.id = li.order_id
					    where o.store_id = :store and o.placed_at >= :since and o.status <> 'CANCELLED'
					      and li.sku is not null and li.sku <> ''),
					bought as (
					    select coalesce(nullif(li.product_id, ''), li.sku) as product
					    from orders.line_item li join orders.shop_order o on o.id = li.order_id
					    where o.store_id = :store and o.id = :bought)
					select (array_agg(sku order by placed_at desc))[1] as sku, sum(quantity) as units,
					       (array_agg(title order by placed_at desc))[1] as title,
					       (array_agg(image_url order by placed_at desc) filter (where image_url is not null))[1] as image_url,
					       (array_agg(unit_price_minor order by placed_at desc))[1] as unit_price_minor,
					       (array_agg(currency order by placed_at desc))[1] as currency,
					       (array_agg(tags order by placed_at desc))[1] as tags,
					       (array_agg(product_type order by placed_at desc) filter (where product_type is not null))[1] as product_type
					from sold
					where product not in (select product from bought where product is not null)
					group by product order by units desc, product limit :limit""")
			.param("store", storeId.value())
			.param("bought", bought.value())
			.param("since", Timestamp.from(since))
			.param("limit", Math.max(1, Math.min(limit, 50)))
			.query((rs, n) -> new BestSeller(rs.getString("sku"), rs.getString("title"), rs.getString("image_url"),
					rs.getLong("units"),
					new Money(rs.getLong("unit_price_minor"), Currency.getInstance(rs.getString("currency"))),
					LineItem.tagsOf(rs.getString("tags")), rs.getString("product_type")))
			.list();
	}

	/**
	 * The shop's numbers of the given orders of one store, in one query; orders of other
	 * stores (or unknown ones) are absent from the map.
	 */
	public Map<OrderId, String> numbersOf(StoreId storeId, Collection<OrderId> orderIds) {
		if (orderIds.isEmpty()) {
			return Map.of();
		}
		Map<OrderId, String> numbers = new HashMap<>();
		jdbc.sql("select id, number from orders.shop_order where store_id = :store and id in (:ids)")
			.param("store", storeId.value())
			.param("ids", orderIds.stream().map(OrderId::value).distinct().toList())
			.query(rs -> {
				numbers.put(new OrderId(rs.getObject("id", UUID.class)), rs.getString("number"));
			});
		return numbers;
	}

	/**
	 * Whether the order is the first its shopper (by e-mail) placed with the store: no
	 * earlier order of the same e-mail, cancelled ones included.
	 */
	public boolean isFirstOrderOfCustomer(StoreId storeId, OrderId orderId) {
		return jdbc.sql("""
				select not exists (
				  select 1 from orders.shop_order earlier, orders.shop_order this
				  where this.store_id = :store and this.id = :order and earlier.store_id = :store
				    and earlier.customer_email = this.customer_email and earlier.id <> this.id
				    and (earlier.placed_at, earlier.id) < (this.placed_at, this.id))""")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.query(Boolean.class)
			.single();
	}

	/** How many orders a store has, for dashboards and progress displays. */
	public long count(StoreId storeId) {
		return jdbc.sql("select count(*) from orders.shop_order where store_id = :store")
			.param("store", storeId.value())
			.query(Long.class)
			.single();
	}

}
