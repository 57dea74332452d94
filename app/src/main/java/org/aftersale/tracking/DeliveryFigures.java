package org.aftersale.tracking;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a store's parcels are and whether they came when promised, for its dashboard.
 * Parcels on their way are counted per status over the status index; deliveries over the
 * index of delivery times, so neither grows with the store's delivered history.
 */
@Component
public class DeliveryFigures {

	/** Deliveries of one day of the store's calendar, against the carrier's promise. */
	public record DeliveryDay(long delivered, long onTime, long late) {

		/** Deliveries that had a promised date to be measured against. */
		public long promised() {
			return onTime + late;
		}

	}

	private final JdbcClient jdbc;

	DeliveryFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Parcels in each status that is not final (final ones are counted by day below). */
	public Map<ShipmentStatus, Long> underway(StoreId storeId) {
		Map<ShipmentStatus, Long> counts = new EnumMap<>(ShipmentStatus.class);
		for (ShipmentStatus status : ShipmentStatus.values()) {
			if (!status.isFinal()) {
				counts.put(status, 0L);
			}
		}
		jdbc.sql(
				"""
						select status, count(*) from tracking.shipment
						where store_id = :store and status not in ('DELIVERED', 'EXPIRED') and retired_at is null and direction = 'OUTBOUND' group by status
						""")
			.param("store", storeId.value())
			.query(rs -> {
				String status = rs.getString(1);
				long count = rs.getLong(2);
				ShipmentStatus.fromWireName(status).ifPresent(s -> counts.put(s, count));
			});
		return counts;
	}

	/**
	 * Deliveries per day since {@code first}: on time when the day the shopper got it (in
	 * the store's calendar) is no later than the carrier's estimated day.
	 */
	public Map<LocalDate, DeliveryDay> deliveredPerDay(StoreId storeId, ZoneId zone, LocalDate first) {
		Map<LocalDate, DeliveryDay> days = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select (delivered_at at time zone :zone)::date as day, count(*),
						       count(*) filter (where (delivered_at at time zone :zone)::date <= estimated_delivery),
						       count(*) filter (where (delivered_at at time zone :zone)::date > estimated_delivery)
						from tracking.shipment
						where store_id = :store and delivered_at is not null and delivered_at >= :since and retired_at is null and direction = 'OUTBOUND'
						group by 1 order by 1
						""")
			.param("zone", zone.getId())
			.param("store", storeId.value())
			.param("since", Timestamp.from(first.atStartOfDay(zone).toInstant()))
			.query(rs -> {
				days.put(rs.getObject(1, LocalDate.class),
						new DeliveryDay(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
			});
		return days;
	}

}
