package org.aftersale.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.returns.policy.Outcome;
import org.aftersale.returns.policy.Resolution;
import org.aftersale.returns.policy.ReturnMethod;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ReturnsById} over the tables the {@link Return} aggregate maps; a round-trip
 * test compares it with the repository's own reading.
 */
class ReturnsByIdImpl implements ReturnsById {

	private final JdbcClient jdbc;

	ReturnsByIdImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Return> findAllInStore(UUID storeId, List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<ReturnItem>> items = new HashMap<>();
		jdbc.sql("""
				select i.* from returns.return_item i join returns.return_request r on r.id = i.return_id
				where r.store_id = :store and i.return_id in (:ids) order by i.return_id, i.position
				""")
			.param("store", storeId)
			.param("ids", ids)
			.query((rs, n) -> items.computeIfAbsent(rs.getObject("return_id", UUID.class), k -> new ArrayList<>())
				.add(item(rs)))
			.list();
		Map<UUID, Return> found = new HashMap<>();
		jdbc.sql("select * from returns.return_request where store_id = :store and id in (:ids)")
			.param("store", storeId)
			.param("ids", ids)
			.query((rs, n) -> found.put(rs.getObject("id", UUID.class), root(rs, items)))
			.list();
		return ids.stream().filter(found::containsKey).map(found::get).toList();
	}

	private static Return root(ResultSet rs, Map<UUID, List<ReturnItem>> items) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Return(id, rs.getInt("version"), rs.getObject("store_id", UUID.class),
				rs.getObject("order_id", UUID.class), rs.getString("number"),
				ReturnStatus.valueOf(rs.getString("status")), Resolution.valueOf(rs.getString("resolution")),
				ReturnMethod.valueOf(rs.getString("method")), rs.getString("customer_email"), rs.getString("currency"),
				rs.getInt("policy_version"),
				new ReturnAmounts(rs.getLong("items_minor"), rs.getLong("discount_minor"), rs.getLong("tax_minor"),
						rs.getLong("fees_minor"), rs.getLong("refund_minor"), rs.getLong("credit_minor")),
				rs.getObject("destination", UUID.class), rs.getString("note"), rs.getString("request_key"),
				rs.getTimestamp("arrived_at") == null ? null : rs.getTimestamp("arrived_at").toInstant(),
				rs.getObject("refund_id", UUID.class), rs.getString("attention"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				items.getOrDefault(id, List.of()));
	}

	private static ReturnItem item(ResultSet rs) throws SQLException {
		return new ReturnItem(rs.getObject("line_id", UUID.class), rs.getString("sku"), rs.getString("title"),
				rs.getLong("quantity"), rs.getString("reason"), rs.getString("sub_reason"), rs.getString("comment"),
				rs.getLong("unit_paid_minor"), rs.getLong("refund_minor"), rs.getLong("received_quantity"),
				rs.getString("condition"), rs.getString("disposition"), Outcome.valueOf(rs.getString("outcome")),
				rs.getString("explanation"));
	}

}
