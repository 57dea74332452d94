package org.aftersale.orders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many orders a store received, for its dashboard: counted in SQL over the index by
 * placement time, so a figure costs the orders of its own period, not the store's
 * history.
 */
@Component
public class OrderFigures {

	private final JdbcClient jdbc;

	OrderFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the store has any order at all (the dashboard's empty state). */
	public boolean any(StoreId storeId) {
		return jdbc.sql("select exists (select 1 from orders.shop_order where store_id = :store)")
			.param("store", storeId.value())
			.query(Boolean.class)
			.single();
	}

	/** Orders placed on each day since {@code first} in the store's calendar. */
	public Map<LocalDate, Long> placedPerDay(StoreId storeId, ZoneId zone, LocalDate first) {
		Map<LocalDate, Long> days = new LinkedHashMap<>();
		jdbc.sql("""
				select (placed_at at time zone :zone)::date as day, count(*) from orders.shop_order
				where store_id = :store and placed_at >= :since group by 1 order by 1
				""")
			.param("zone", zone.getId())
			.param("store", storeId.value())
			.param("since", Timestamp.from(first.atStartOfDay(zone).toInstant()))
			.query(rs -> {
				days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
			});
		return days;
	}

	/** Orders placed since the instant. */
	public long placedSince(StoreId storeId, Instant since) {
		return jdbc.sql("select count(*) from orders.shop_order where store_id = :store and placed_at >= :since")
			.param("store", storeId.value())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

}
