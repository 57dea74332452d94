package org.aftersale.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only event table, written and read in bulk. Inserts rely on the unique
 * de-duplication key ({@code on conflict do nothing}), so concurrent or replayed
 * deliveries can never store an event twice.
 */
@Component
class TrackingEvents {

	record Row(UUID shipmentId, CarrierEvent event) {
	}

	private static final String INSERT = """
			insert into tracking.tracking_event (store_id, shipment_id, occurred_at, original_offset, zone_guessed,
			    status, sub_status, code, dedup_code, description, city, region, postal_code, country, location_key,
			    signed_by, estimated_delivery, source, raw, received_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict do nothing""";

	private static final int CHUNK = 1000;

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	TrackingEvents(JdbcTemplate jdbc, JdbcClient client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	/**
	 * @return for each row, whether it was stored (false: a duplicate)
	 */
	boolean[] insert(StoreId storeId, List<Row> rows, java.time.Instant receivedAt) {
		int[][] counts = jdbc.batchUpdate(INSERT, rows, CHUNK, (ps, row) -> {
			CarrierEvent e = row.event();
			EventLocation at = e.location();
			ps.setObject(1, storeId.value());
			ps.setObject(2, row.shipmentId());
			ps.setTimestamp(3, Timestamp.from(e.occurredAt()));
			ps.setString(4, e.originalOffset() == null ? null : e.originalOffset().getId());
			ps.setBoolean(5, e.zoneGuessed());
			ps.setString(6, e.status().name());
			ps.setString(7, e.subStatus() == null ? null : e.subStatus().name());
			ps.setString(8, e.code());
			ps.setString(9, e.code() != null && !e.code().isBlank() ? e.code() : e.status().name());
			ps.setString(10, e.description());
			ps.setString(11, at == null ? null : at.city());
			ps.setString(12, at == null ? null : at.region());
			ps.setString(13, at == null ? null : at.postalCode());
			ps.setString(14, at == null ? null : at.country());
			ps.setString(15, TrackingState.locationKey(at));
			ps.setString(16, e.signedBy());
			ps.setObject(17, e.estimatedDelivery());
			ps.setString(18, e.source());
			ps.setString(19, e.raw());
			ps.setTimestamp(20, Timestamp.from(receivedAt));
		});
		boolean[] stored = new boolean[rows.size()];
		int i = 0;
		for (int[] chunk : counts) {
			for (int count : chunk) {
				stored[i++] = count > 0;
			}
		}
		return stored;
	}

	/** Every event of the given shipments (which the caller's store owns). */
	Map<UUID, List<CarrierEvent>> histories(Collection<UUID> shipmentIds) {
		Map<UUID, List<CarrierEvent>> histories = new HashMap<>();
		List<UUID> ids = List.copyOf(shipmentIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			client.sql("select * from tracking.tracking_event where shipment_id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((rs, n) -> {
					TrackingEvent e = event(rs);
					histories.computeIfAbsent(rs.getObject("shipment_id", UUID.class), k -> new ArrayList<>())
						.add(new CarrierEvent("", null, e.status(), e.subStatus(), e.code(), e.description(),
								e.occurredAt(), e.originalOffset(), e.zoneGuessed(), e.location(), e.signedBy(),
								e.estimatedDelivery(), e.source(), ""));
					return e;
				})
				.list();
		}
		return histories;
	}

	/** A shipment's events, newest first. */
	List<TrackingEvent> timeline(StoreId storeId, ShipmentId shipmentId) {
		return client.sql("""
				select * from tracking.tracking_event where store_id = :store and shipment_id = :shipment
				order by occurred_at desc, id desc""")
			.param("store", storeId.value())
			.param("shipment", shipmentId.value())
			.query((rs, n) -> event(rs))
			.list();
	}

	private static TrackingEvent event(ResultSet rs) throws SQLException {
		String offset = rs.getString("original_offset");
		String sub = rs.getString("sub_status");
		EventLocation location = new EventLocation(rs.getString("city"), rs.getString("region"),
				rs.getString("postal_code"), rs.getString("country"));
		return new TrackingEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				offset == null ? null : ZoneOffset.of(offset), rs.getBoolean("zone_guessed"),
				ShipmentStatus.valueOf(rs.getString("status")), sub == null ? null : ShipmentSubStatus.valueOf(sub),
				rs.getString("code"), rs.getString("description"), location.isEmpty() ? null : location,
				rs.getString("signed_by"), rs.getObject("estimated_delivery", LocalDate.class), rs.getString("source"),
				rs.getString("raw"), rs.getTimestamp("received_at").toInstant());
	}

	static @Nullable String text(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

}
