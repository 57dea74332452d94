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

/**
 * Locks and loads the shipments of a store that carry given tracking numbers, with their
 * lines, in two statements whatever their number. Carrier events arrive by the thousand;
 * through the repository that took a locking query, a loading query and one more query
 * per shipment for its lines, and building those statements was more than half of what a
 * batch of events cost.
 */
class ShipmentsByNumberImpl implements ShipmentsByNumber {

	// Locked in id order, so that two batches touching the same parcels wait for each
	// other instead of deadlocking or overwriting each other's derived status. "No key"
	// update, like the update that follows: it must not conflict with the key-share locks
	// that inserts referencing a shipment (events, poll schedules) take in any order.
	private static final String SHIPMENTS = """
			select %s
			from tracking.shipment
			where store_id = ? and tracking_number_normalized = any(?) and retired_at is null
			order by id for no key update""".formatted(ShipmentRows.COLUMNS);

	// Lines never change once a shipment exists, so reading them before the lock is safe.
	private static final String LINES = """
			select l.shipment_id, l.order_line_id, l.sku, l.quantity
			from tracking.shipment_line l join tracking.shipment s on s.id = l.shipment_id
			where s.store_id = ? and s.tracking_number_normalized = any(?)
			order by l.shipment_id, l.position""";

	private final JdbcTemplate jdbc;

	ShipmentsByNumberImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, List<Shipment>> lockByNumber(StoreId storeId, Collection<String> normalizedNumbers) {
		Map<String, List<Shipment>> byNumber = new HashMap<>();
		if (normalizedNumbers.isEmpty()) {
			return byNumber;
		}
		PreparedStatementSetter parameters = ps -> {
			ps.setObject(1, storeId.value());
			ps.setArray(2, ps.getConnection().createArrayOf("text", normalizedNumbers.toArray()));
		};
		Map<UUID, List<ShipmentLine>> lines = new HashMap<>();
		jdbc.query(LINES, parameters,
				(RowCallbackHandler) rs -> lines
					.computeIfAbsent(rs.getObject("shipment_id", UUID.class), k -> new ArrayList<>())
					.add(ShipmentRows.line(rs)));
		jdbc.query(SHIPMENTS, parameters, (RowCallbackHandler) rs -> {
			Shipment shipment = ShipmentRows.shipment(rs, lines);
			byNumber.computeIfAbsent(shipment.trackingNumberNormalized(), k -> new ArrayList<>()).add(shipment);
		});
		return byNumber;
	}

}
