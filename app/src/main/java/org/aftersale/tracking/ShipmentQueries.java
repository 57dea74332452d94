package org.aftersale.tracking;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads shipments and their events, always within one store. Lists are newest first and
 * keyset-paginated, so deep pages cost the same as the first.
 */
@Service
@Transactional(readOnly = true)
public class ShipmentQueries {

	public static final int MAX_LIMIT = 200;

	/** One page of shipments; {@code nextCursor} is {@code null} on the last page. */
	public record Page(List<Shipment> items, @Nullable String nextCursor) {
	}

	private final Shipments shipments;

	private final TrackingEvents events;

	private final JdbcClient jdbc;

	ShipmentQueries(Shipments shipments, TrackingEvents events, JdbcClient jdbc) {
		this.shipments = shipments;
		this.events = events;
		this.jdbc = jdbc;
	}

	public Optional<Shipment> find(StoreId storeId, ShipmentId id) {
		return Optional.ofNullable(shipments.findAllInStore(storeId, List.of(id)).get(id));
	}

	/** The store's shipments among these, in two statements; others are left out. */
	public Map<ShipmentId, Shipment> findAll(StoreId storeId, Collection<ShipmentId> ids) {
		return shipments.findAllInStore(storeId, ids);
	}

	/** The shipment's events, newest first (by when they happened). */
	public List<TrackingEvent> timeline(StoreId storeId, ShipmentId id) {
		return events.timeline(storeId, id);
	}

	/**
	 * A value that changes whenever any shipment of the order changes (a new shipment, a
	 * new event, a new status or estimate): the count of shipments and the sum of their
	 * optimistic-lock versions. Cheap enough to ask on every page view, so caches keyed
	 * by it are never stale.
	 */
	public String stateOf(StoreId storeId, org.aftersale.orders.OrderId orderId) {
		return jdbc.sql("""
				select count(*) || ':' || coalesce(sum(version), 0) from tracking.shipment
				where store_id = :store and order_id = :order and retired_at is null and direction = 'OUTBOUND'""")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.query(String.class)
			.single();
	}

	/**
	 * The events of several shipments of the store in one query, each list newest first;
	 * shipments without events (or of another store) are missing from the map.
	 */
	public java.util.Map<UUID, List<TrackingEvent>> timelines(StoreId storeId, java.util.Collection<ShipmentId> ids) {
		return events.timelines(storeId, ids.stream().map(ShipmentId::value).toList());
	}

	/**
	 * @param status only shipments in this status, when given
	 * @param trackingNumber only this number (in any spelling), when given
	 * @throws InvalidInputException for a cursor this method did not hand out
	 */
	public Page search(StoreId storeId, @Nullable ShipmentStatus status, @Nullable String trackingNumber,
			@Nullable String cursor, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		StringBuilder sql = new StringBuilder(
				"select id, created_at from tracking.shipment where store_id = :store and retired_at is null"
						+ " and direction = 'OUTBOUND'");
		List<Object[]> params = new ArrayList<>();
		params.add(new Object[] { "store", storeId.value() });
		if (status != null) {
			sql.append(" and status = :status");
			params.add(new Object[] { "status", status.name() });
		}
		if (trackingNumber != null && !trackingNumber.isBlank()) {
			sql.append(" and tracking_number_normalized = :number");
			params.add(new Object[] { "number", TrackingNumber.normalize(trackingNumber) });
		}
		if (cursor != null && !cursor.isBlank()) {
			PageCursor after = PageCursor.decode(cursor);
			sql.append(" and (created_at, id) < (:at, :id)");
			params.add(new Object[] { "at", Timestamp.from(after.at()) });
			params.add(new Object[] { "id", after.id() });
		}
		sql.append(" order by created_at desc, id desc limit ").append(size + 1);
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
		for (Object[] param : params) {
			statement = statement.param((String) param[0], param[1]);
		}
		List<PageCursor> keys = statement
			.query((rs, n) -> new PageCursor(rs.getTimestamp("created_at").toInstant(), rs.getObject("id", UUID.class)))
			.list();
		String next = keys.size() > size ? keys.get(size - 1).encode() : null;
		List<UUID> ids = keys.stream().limit(size).map(PageCursor::id).toList();
		Map<ShipmentId, Shipment> loaded = shipments.findAllInStore(storeId,
				ids.stream().map(ShipmentId::new).toList());
		List<Shipment> items = ids.stream().map(id -> loaded.get(new ShipmentId(id))).filter(Objects::nonNull).toList();
		return new Page(items, next);
	}

}
