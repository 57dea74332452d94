package org.aftersale.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A shipment and its lines as the hand-written reads select them: the same aggregate the
 * repository loads, from one row of {@code tracking.shipment} and the rows of its lines.
 */
final class ShipmentRows {

	static final String COLUMNS = """
			id, version, store_id, order_id, fulfilment_id, carrier, service, tracking_number,
			       tracking_number_normalized, tracking_url, shipped_at, estimated_delivery, status, sub_status,
			       status_since, last_event_at, last_event_description, delivered_at, signed_by,
			       proof_of_delivery_url, direction, created_at, updated_at""";

	private ShipmentRows() {
	}

	/** The row's shipment; its lines from {@code lines}, by shipment id. */
	static Shipment shipment(ResultSet rs, Map<UUID, List<ShipmentLine>> lines) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String subStatus = rs.getString("sub_status");
		return new Shipment(id, rs.getInt("version"), rs.getObject("store_id", UUID.class),
				rs.getObject("order_id", UUID.class), rs.getObject("fulfilment_id", UUID.class),
				rs.getString("carrier"), rs.getString("service"), rs.getString("tracking_number"),
				rs.getString("tracking_number_normalized"), rs.getString("tracking_url"), instant(rs, "shipped_at"),
				rs.getObject("estimated_delivery", LocalDate.class), ShipmentStatus.valueOf(rs.getString("status")),
				subStatus == null ? null : ShipmentSubStatus.valueOf(subStatus), instant(rs, "status_since"),
				instant(rs, "last_event_at"), rs.getString("last_event_description"), instant(rs, "delivered_at"),
				rs.getString("signed_by"), rs.getString("proof_of_delivery_url"),
				ShipmentDirection.valueOf(rs.getString("direction")), instant(rs, "created_at"),
				instant(rs, "updated_at"), lines.getOrDefault(id, List.of()));
	}

	/** A row with the columns shipment_id, order_line_id, sku and quantity. */
	static ShipmentLine line(ResultSet rs) throws SQLException {
		return new ShipmentLine(rs.getObject("order_line_id", UUID.class), rs.getString("sku"), rs.getLong("quantity"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
