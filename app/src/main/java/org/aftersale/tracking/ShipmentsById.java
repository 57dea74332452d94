package org.aftersale.tracking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
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

	private static final String LINES = """
			select l.shipment_id, l.order_line_id, l.sku, l.quantity
			from tracking.shipment_line l join tracking.shipment s on s.id = l.shipment_id
			where s.store_id = ? and s.id = any(?)
			order by l.shipment_id, l.position""";

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
		PreparedStatementSetter parameters = ps -> {
			ps.setObject(1, storeId.value());
			ps.setArray(2, ps.getConnection().createArrayOf("uuid", wanted));
		};
		Map<UUID, List<ShipmentLine>> lines = new HashMap<>();
		jdbc.query(LINES, parameters,
				(RowCallbackHandler) rs -> lines
					.computeIfAbsent(rs.getObject("shipment_id", UUID.class), k -> new ArrayList<>())
					.add(ShipmentRows.line(rs)));
		jdbc.query(SHIPMENTS, parameters, (RowCallbackHandler) rs -> {
			Shipment shipment = ShipmentRows.shipment(rs, lines);
			found.put(shipment.id(), shipment);
		});
		return found;
	}

}
