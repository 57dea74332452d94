package org.aftersale.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attention view of one store: counts per category in one query, and keyset pages of
 * the shipments behind them, the ones silent longest first.
 */
@Service
@Transactional(readOnly = true)
public class AttentionQueries {

	public static final int MAX_LIMIT = 200;

	/** Which rows to list; {@code category} {@code null} means every category. */
	public record Filter(@Nullable AttentionCategory category, @Nullable ShipmentSubStatus subStatus,
			boolean showHandled) {
	}

	/** One page of rows; {@code nextCursor} is {@code null} on the last page. */
	public record Page(List<AttentionRow> items, @Nullable String nextCursor) {
	}

	private static final String QUIET = "coalesce(s.last_event_at, s.created_at)";

	private final JdbcClient jdbc;

	private final AttentionSettingsStore settings;

	private final StoreDirectory stores;

	private final OrderQueries orders;

	private final Clock clock;

	AttentionQueries(JdbcClient jdbc, AttentionSettingsStore settings, StoreDirectory stores, OrderQueries orders,
			Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.stores = stores;
		this.orders = orders;
		this.clock = clock;
	}

	/** The store's thresholds as they apply right now. */
	public AttentionPolicy.Thresholds thresholds(StoreId storeId) {
		return AttentionPolicy.Thresholds.of(settings.of(storeId), clock.instant(), stores.get(storeId).zone());
	}

	public AttentionCounts counts(StoreId storeId) {
		StringBuilder sql = new StringBuilder("select s.sub_status, ").append(AttentionSql.HANDLED)
			.append(" as handled");
		for (AttentionCategory category : AttentionCategory.values()) {
			sql.append(", count(*) filter (where ")
				.append(AttentionSql.PREDICATES.get(category))
				.append(") as ")
				.append(category.name());
		}
		sql.append(", count(*) as total from tracking.shipment s where ")
			.append(AttentionSql.CANDIDATES)
			.append(" and ")
			.append(AttentionSql.ANY)
			.append(" group by 1, 2");
		Map<AttentionCategory, Long> byCategory = new EnumMap<>(AttentionCategory.class);
		for (AttentionCategory category : AttentionCategory.values()) {
			byCategory.put(category, 0L);
		}
		Map<String, Long> bySub = new LinkedHashMap<>();
		long[] totals = new long[2];
		AttentionSql.bind(jdbc.sql(sql.toString()), thresholds(storeId)).param("store", storeId.value()).query(rs -> {
			boolean handled = rs.getBoolean("handled");
			totals[handled ? 1 : 0] += rs.getLong("total");
			if (!handled) {
				for (AttentionCategory category : AttentionCategory.values()) {
					byCategory.merge(category, rs.getLong(category.name()), Long::sum);
				}
				long exceptions = rs.getLong(AttentionCategory.EXCEPTION.name());
				if (exceptions > 0) {
					String sub = rs.getString("sub_status");
					bySub.merge(sub == null ? "other" : sub.toLowerCase(java.util.Locale.ROOT), exceptions, Long::sum);
				}
			}
		});
		Map<String, Long> sorted = new LinkedHashMap<>();
		bySub.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return new AttentionCounts(byCategory, sorted, totals[0], totals[1]);
	}

	/**
	 * @throws org.aftersale.kernel.InvalidInputException for a cursor this method did not
	 * hand out
	 */
	public Page list(StoreId storeId, Filter filter, @Nullable String cursor, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		AttentionPolicy.Thresholds thresholds = thresholds(storeId);
		StringBuilder sql = new StringBuilder(
				"""
						select s.*, h.note, h.handled_by, h.handled_at, %s as quiet from tracking.shipment s
						left join lateral (select n.note, n.handled_by, n.handled_at from tracking.attention_note n
						    where n.store_id = s.store_id and n.shipment_id = s.id and n.status = s.status
						    and n.sub_status = coalesce(s.sub_status, '') order by n.handled_at desc, n.id desc limit 1) h on true
						where\s"""
					.formatted(QUIET))
			.append(AttentionSql.CANDIDATES)
			.append(" and ")
			.append(filter.category() == null ? AttentionSql.ANY : AttentionSql.PREDICATES.get(filter.category()));
		if (filter.subStatus() != null) {
			sql.append(" and s.sub_status = :sub");
		}
		if (!filter.showHandled()) {
			sql.append(" and h.handled_at is null");
		}
		PageCursor after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
		if (after != null) {
			sql.append(" and (").append(QUIET).append(", s.id) > (:at, :id)");
		}
		sql.append(" order by quiet, s.id limit ").append(size + 1);
		JdbcClient.StatementSpec statement = AttentionSql.bind(jdbc.sql(sql.toString()), thresholds)
			.param("store", storeId.value());
		if (filter.subStatus() != null) {
			statement = statement.param("sub", filter.subStatus().name());
		}
		if (after != null) {
			statement = statement.param("at", Timestamp.from(after.at())).param("id", after.id());
		}
		List<PageCursor> keys = new ArrayList<>();
		List<AttentionRow> rows = statement.query((rs, n) -> {
			keys.add(new PageCursor(rs.getTimestamp("quiet").toInstant(), rs.getObject("id", UUID.class)));
			return row(rs, thresholds);
		}).list();
		String next = rows.size() > size ? keys.get(size - 1).encode() : null;
		List<AttentionRow> page = rows.subList(0, Math.min(size, rows.size()));
		Map<OrderId, String> numbers = orders.numbersOf(storeId, page.stream().map(AttentionRow::orderId).toList());
		return new Page(page.stream().map(r -> r.withOrderNumber(numbers.get(r.orderId()))).toList(), next);
	}

	private static AttentionRow row(ResultSet rs, AttentionPolicy.Thresholds thresholds) throws SQLException {
		ShipmentStatus status = ShipmentStatus.valueOf(rs.getString("status"));
		String subText = rs.getString("sub_status");
		ShipmentSubStatus sub = subText == null ? null : ShipmentSubStatus.valueOf(subText);
		LocalDate promised = rs.getObject("estimated_delivery", LocalDate.class);
		AttentionPolicy.Facts facts = new AttentionPolicy.Facts(status, sub, instant(rs, "created_at"),
				instant(rs, "shipped_at"), instant(rs, "status_since"), instant(rs, "last_event_at"), promised);
		String note = rs.getString("note");
		AttentionNote handled = note == null ? null
				: new AttentionNote(status, sub, note, rs.getString("handled_by"), instant(rs, "handled_at"));
		String carrier = rs.getString("carrier");
		return new AttentionRow(new ShipmentId(rs.getObject("id", UUID.class)),
				new OrderId(rs.getObject("order_id", UUID.class)), null, carrier.isEmpty() ? null : carrier,
				rs.getString("tracking_number"), status, sub, instant(rs, "last_event_at"),
				rs.getString("last_event_description"), promised, AttentionPolicy.categoriesOf(facts, thresholds),
				handled);
	}

	private static java.time.@Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
