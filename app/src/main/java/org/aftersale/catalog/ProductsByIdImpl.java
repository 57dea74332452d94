package org.aftersale.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.IdSelection;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * {@link ProductsById} over the tables the {@link Product} aggregate maps; a round-trip
 * test compares it with the repository's own reading.
 */
class ProductsByIdImpl implements ProductsById {

	// Variants are attached only to the products the store scoped statement finds.
	private static final String VARIANTS = """
			select * from catalog.variant where product_id = any(?) order by product_id, position""";

	private static final String PRODUCTS = "select * from catalog.product where store_id = ? and id = any(?)";

	private final JdbcTemplate jdbc;

	ProductsByIdImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, Product> findAllInStore(StoreId storeId, Collection<UUID> ids) {
		Map<UUID, Product> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		IdSelection wanted = new IdSelection(ids);
		Map<UUID, List<Variant>> variants = new HashMap<>();
		jdbc.query(wanted.in(VARIANTS), ps -> wanted.bind(ps, 1),
				(RowCallbackHandler) rs -> variants
					.computeIfAbsent(rs.getObject("product_id", UUID.class), k -> new ArrayList<>())
					.add(variant(rs)));
		jdbc.query(wanted.in(PRODUCTS), ps -> {
			ps.setObject(1, storeId.value());
			wanted.bind(ps, 2);
		}, (RowCallbackHandler) rs -> {
			UUID id = rs.getObject("id", UUID.class);
			found.put(id, product(rs, variants.getOrDefault(id, List.of())));
		});
		return found;
	}

	private static Product product(ResultSet rs, List<Variant> variants) throws SQLException {
		Array tags = rs.getArray("tags");
		return new Product(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("store_id", UUID.class),
				rs.getString("source"), rs.getString("external_id"), rs.getString("title"), rs.getString("handle"),
				rs.getString("vendor"), rs.getString("product_type"), ProductStatus.valueOf(rs.getString("status")),
				tags == null ? List.of() : List.of((String[]) tags.getArray()), rs.getString("image_url"),
				instant(rs, "source_updated_at"), instant(rs, "created_at"), instant(rs, "updated_at"), variants);
	}

	private static Variant variant(ResultSet rs) throws SQLException {
		long compareAt = rs.getLong("compare_at_price_minor");
		Long compareAtPrice = rs.wasNull() ? null : compareAt;
		long inventory = rs.getLong("inventory_quantity");
		Long inventoryQuantity = rs.wasNull() ? null : inventory;
		return new Variant(rs.getObject("variant_id", UUID.class), rs.getObject("store_id", UUID.class),
				rs.getString("external_id"), rs.getString("sku"), rs.getString("title"), rs.getLong("price_minor"),
				compareAtPrice, rs.getString("currency"), inventoryQuantity, rs.getString("image_url"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
