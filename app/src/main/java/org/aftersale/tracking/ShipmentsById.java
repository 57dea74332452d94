package org.aftersale.tracking;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads shipments of a store, with their lines, in two statements whatever their number.
 * Every message about a parcel reads its shipment, when it is planned and when it goes
 * out; through the repository that was an id check, a load and a query for the lines,
 * each statement rendered afresh, and a fifth of what sending an e-mail cost.
 */
@Component
class ShipmentsById {

	private static final String SHIPMENTS = """
			select %s
			from tracking.shipment
			where store_id = ? and id = any(?)""".formatted(ShipmentRows.COLUMNS);

	// Lines are attached only to the shipments the store scoped statement finds.
	private static final String LINES = """
			select shipment_id, order_line_id, sku, quantity
			from tracking.shipment_line
			where shipment_id = any(?)
			order by shipment_id, position""";

	private final JdbcTemplate jdbc;

	ShipmentsById(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The store's shipments among these; others are left out. */
	Map<ShipmentId, Shipment> load(StoreId storeId, Collection<ShipmentId> ids) {
		Map<ShipmentId, Shipment> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		UUID[] wanted = ids.stream().map(ShipmentId::value).distinct().toArray(UUID[]::new);
		// PostgreSQL plans an "= any(array)" statement afresh on every execution (its
		// generic plan looks costlier than a custom one), and for one shipment planning
		// cost more than running it: one id is asked for with "=", whose generic plan it
		// keeps.
		boolean one = wanted.length == 1;
		Map<UUID, List<ShipmentLine>> lines = new HashMap<>();
		jdbc.query(one ? LINES.replace("= any(?)", "= ?") : LINES, ps -> ids(ps, 1, wanted),
				(RowCallbackHandler) rs -> lines
					.computeIfAbsent(rs.getObject("shipment_id", UUID.class), k -> new ArrayList<>())
					.add(ShipmentRows.line(rs)));
		jdbc.query(one ? SHIPMENTS.replace("= any(?)", "= ?") : SHIPMENTS, ps -> {
			ps.setObject(1, storeId.value());
			ids(ps, 2, wanted);
		}, (RowCallbackHandler) rs -> {
			Shipment shipment = ShipmentRows.shipment(rs, lines);
			found.put(shipment.id(), shipment);
		});
		return found;
	}

	private static void ids(PreparedStatement statement, int index, UUID[] ids) throws SQLException {
		if (ids.length == 1) {
			statement.setObject(index, ids[0]);
		}
		else {
			statement.setArray(index, statement.getConnection().createArrayOf("uuid", ids));
		}
	}

}
