package org.aftersale.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
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
 * Reads the catalog of one store: a product by id, lists newest first with keyset
 * pagination, and variants by SKU for the capabilities that price returns and exchanges.
 * Every query is scoped to one store.
 */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

	public static final int MAX_LIMIT = 200;

	/** How many SKUs one look-up may ask for. */
	public static final int MAX_SKUS = 1000;

	private final JdbcClient jdbc;

	private final Products products;

	CatalogQueries(JdbcClient jdbc, Products products) {
		this.jdbc = jdbc;
		this.products = products;
	}

	public Optional<Product> find(StoreId storeId, ProductId productId) {
		return products.findIdInStore(storeId.value(), productId.value()).flatMap(products::findById);
	}

	/**
	 * Products newest first.
	 * @param query part of the title (case-insensitive) or a variant's exact SKU
	 * @param cursor the {@code nextCursor} of the previous page, or {@code null}
	 */
	public ProductPage list(StoreId storeId, @Nullable String query, @Nullable String cursor, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		StringBuilder sql = new StringBuilder(
				"select p.id, p.created_at from catalog.product p where p.store_id = :store");
		String q = query == null ? "" : query.strip();
		if (!q.isEmpty()) {
			sql.append(" and (lower(p.title) like :title escape '\\' or exists (select 1 from catalog.variant v")
				.append(" where v.product_id = p.id and v.store_id = :store and lower(v.sku) = :sku))");
		}
		PageCursor position = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
		if (position != null) {
			sql.append(" and (p.created_at, p.id) < (:cursorAt, :cursorId)");
		}
		sql.append(" order by p.created_at desc, p.id desc limit ").append(size + 1);
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("store", storeId.value());
		if (!q.isEmpty()) {
			String lower = q.toLowerCase(Locale.ROOT);
			statement = statement.param("title", "%" + likeEscape(lower) + "%").param("sku", lower);
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
		Map<UUID, Product> found = products.findAllInStore(storeId, ids);
		List<Product> loaded = ids.stream().map(found::get).filter(Objects::nonNull).toList();
		return new ProductPage(loaded, next);
	}

	/**
	 * The variants of this store that carry one of the given SKUs (compared exactly). A
	 * SKU that the shop gave several variants appears once per variant; unknown SKUs are
	 * simply absent.
	 */
	public List<CatalogVariant> findVariantsBySkus(StoreId storeId, Collection<String> skus) {
		List<String> wanted = skus.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
		if (wanted.isEmpty()) {
			return List.of();
		}
		if (wanted.size() > MAX_SKUS) {
			throw new IllegalArgumentException("at most " + MAX_SKUS + " SKUs per look-up");
		}
		return jdbc.sql("""
				select p.id as product_id, p.title as product_title, p.status, p.tags, p.handle, p.product_type,
				       v.variant_id, v.sku,
				       v.title, v.price_minor, v.compare_at_price_minor, v.currency, v.inventory_quantity,
				       coalesce(v.image_url, p.image_url) as image_url
				from catalog.variant v join catalog.product p on p.id = v.product_id
				where v.store_id = :store and p.store_id = :store and v.sku in (:skus)
				order by v.sku, p.created_at, v.position
				""").param("store", storeId.value()).param("skus", wanted).query(this::variant).list();
	}

	/**
	 * The products of one source (such as {@code shopify}) with the given shop ids, by
	 * shop id; unknown ids are simply absent.
	 */
	public Map<String, ProductSummary> summariesBySource(StoreId storeId, String source,
			Collection<String> externalIds) {
		List<String> wanted = externalIds.stream().filter(Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return Map.of();
		}
		if (wanted.size() > MAX_SKUS) {
			throw new IllegalArgumentException("at most " + MAX_SKUS + " products per look-up");
		}
		Map<String, ProductSummary> found = new HashMap<>();
		jdbc.sql("""
				select external_id, title, handle, product_type, tags, image_url from catalog.product
				where store_id = :store and source = :source and external_id in (:ids)
				""")
			.param("store", storeId.value())
			.param("source", source)
			.param("ids", wanted)
			.query((rs, n) -> new ProductSummary(rs.getString("external_id"), rs.getString("title"),
					rs.getString("handle"), rs.getString("product_type"), tags(rs.getArray("tags")),
					rs.getString("image_url")))
			.list()
			.forEach(summary -> found.put(summary.externalId(), summary));
		return found;
	}

	private CatalogVariant variant(ResultSet rs, int n) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		long compareAt = rs.getLong("compare_at_price_minor");
		Money compare = rs.wasNull() ? null : new Money(compareAt, currency);
		long stock = rs.getLong("inventory_quantity");
		Long inventory = rs.wasNull() ? null : stock;
		return new CatalogVariant(new ProductId(rs.getObject("product_id", UUID.class)),
				rs.getObject("variant_id", UUID.class), rs.getString("sku"), rs.getString("product_title"),
				rs.getString("title"), ProductStatus.valueOf(rs.getString("status")), tags(rs.getArray("tags")),
				new Money(rs.getLong("price_minor"), currency), compare, inventory, rs.getString("image_url"),
				rs.getString("handle"), rs.getString("product_type"));
	}

	private static List<String> tags(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static String likeEscape(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** How many products a store has. */
	public long count(StoreId storeId) {
		return jdbc.sql("select count(*) from catalog.product where store_id = :store")
			.param("store", storeId.value())
			.query(Long.class)
			.single();
	}

}
