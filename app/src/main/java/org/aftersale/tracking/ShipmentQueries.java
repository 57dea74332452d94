package org.aftersale.tracking;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
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
		return shipments.findIdInStore(storeId.value(), id.value()).flatMap(shipments::findById);
	}

	/** The shipment's events, newest first (by when they happened). */
	public List<TrackingEvent> timeline(StoreId storeId, ShipmentId id) {
		return events.timeline(storeId, id);
	}

	/**
	 * @param status only shipments in this status, when given
	 * @param trackingNumber only this number (in any spelling), when given
	 * @throws InvalidInputException for a cursor this method did not hand out
	 */
	public Page search(StoreId storeId, @Nullable ShipmentStatus status, @Nullable String trackingNumber,
			@Nullable String cursor, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		StringBuilder sql = new StringBuilder("select id, created_at from tracking.shipment where store_id = :store");
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
			Key after = Key.decode(cursor);
			sql.append(" and (created_at, id) < (:at, :id)");
			params.add(new Object[] { "at", Timestamp.from(after.at()) });
			params.add(new Object[] { "id", after.id() });
		}
		sql.append(" order by created_at desc, id desc limit ").append(size + 1);
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
		for (Object[] param : params) {
			statement = statement.param((String) param[0], param[1]);
		}
		List<Key> keys = statement
			.query((rs, n) -> new Key(rs.getTimestamp("created_at").toInstant(), rs.getObject("id", UUID.class)))
			.list();
		String next = keys.size() > size ? keys.get(size - 1).encode() : null;
		List<UUID> ids = keys.stream().limit(size).map(Key::id).toList();
		List<Shipment> items = new ArrayList<>();
		shipments.findAllById(ids).forEach(items::add);
		items.sort(Comparator.comparing((Shipment s) -> ids.indexOf(s.id().value())));
		return new Page(items, next);
	}

	private record Key(Instant at, UUID id) {

		String encode() {
			String plain = at.toEpochMilli() * 1000 + at.getNano() / 1000 % 1000 + ":" + id;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
		}

		static Key decode(String cursor) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
				long micros = Long.parseLong(parts[0]);
				return new Key(Instant.EPOCH.plus(micros, java.time.temporal.ChronoUnit.MICROS),
						UUID.fromString(parts[1]));
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException("cursor", "is not a cursor of this list");
			}
		}

	}

}
