package org.aftersale.tracking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.IdSelection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads shipments of a store, with their lines, in two statements whatever their number.
 * Every message about a parcel reads its shipment, when it is planned and when it goes
 * out; through the repository that was an id check, a load and a query for the lines,
 * each statement rendered afresh, and a fifth of what sending an e-mail cost.
 */
class ShipmentsByIdImpl implements ShipmentsById {

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

	private static final String OF_ORDERS = """
			select %s
			from tracking.shipment
			where store_id = ? and order_id = any(?) and retired_at is null and direction = 'OUTBOUND'
			order by created_at, id""".formatted(ShipmentRows.COLUMNS);

	private static final String LINES_OF_ORDERS = """
			select l.shipment_id, l.order_line_id, l.sku, l.quantity
			from tracking.shipment_line l join tracking.shipment s on s.id = l.shipment_id
			where s.store_id = ? and s.order_id = any(?) and s.retired_at is null and s.direction = 'OUTBOUND'
			order by l.shipment_id, l.position""";

	private final JdbcTemplate jdbc;

	ShipmentsByIdImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<ShipmentId, Shipment> findAllInStore(StoreId storeId, Collection<ShipmentId> ids) {
		Map<ShipmentId, Shipment> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		IdSelection wanted = new IdSelection(ids.stream().map(ShipmentId::value).toList());
		Map<UUID, List<ShipmentLine>> lines = new HashMap<>();
		jdbc.query(wanted.in(LINES), ps -> wanted.bind(ps, 1),
				(RowCallbackHandler) rs -> lines
					.computeIfAbsent(rs.getObject("shipment_id", UUID.class), k -> new ArrayList<>())
					.add(ShipmentRows.line(rs)));
		jdbc.query(wanted.in(SHIPMENTS), ps -> {
			ps.setObject(1, storeId.value());
			wanted.bind(ps, 2);
		}, (RowCallbackHandler) rs -> {
			Shipment shipment = ShipmentRows.shipment(rs, lines);
			found.put(shipment.id(), shipment);
		});
		return found;
	}

	@Override
	public List<Shipment> findOutboundOfOrders(StoreId storeId, Collection<UUID> orderIds) {
		List<Shipment> found = new ArrayList<>();
		if (orderIds.isEmpty()) {
			return found;
		}
		IdSelection orders = new IdSelection(orderIds);
		Map<UUID, List<ShipmentLine>> lines = new HashMap<>();
		jdbc.query(orders.in(LINES_OF_ORDERS), ps -> {
			ps.setObject(1, storeId.value());
			orders.bind(ps, 2);
		}, (RowCallbackHandler) rs -> lines
			.computeIfAbsent(rs.getObject("shipment_id", UUID.class), k -> new ArrayList<>())
			.add(ShipmentRows.line(rs)));
		jdbc.query(orders.in(OF_ORDERS), ps -> {
			ps.setObject(1, storeId.value());
			orders.bind(ps, 2);
		}, (RowCallbackHandler) rs -> found.add(ShipmentRows.shipment(rs, lines)));
		return found;
	}

}
