package org.aftersale.insights;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.MessageStatistics;
import org.aftersale.notifications.MessageStatus;
import org.aftersale.orders.OrderFigures;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.AttentionQueries;
import org.aftersale.tracking.DeliveryFigures;
import org.aftersale.tracking.DeliveryFigures.DeliveryDay;
import org.aftersale.tracking.ShipmentStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a store's home page, each counted by the capability that owns it, over
 * the store's calendar: "today" and "this week" (from Monday) are the merchant's days,
 * not the server's.
 */
@Component
public class Dashboard {

	/** How far back the charts and the on-time share look. */
	public static final int DAYS = 30;

	private final OrderFigures orders;

	private final DeliveryFigures deliveries;

	private final AttentionQueries attention;

	private final MessageStatistics messages;

	private final StoreDirectory stores;

	private final Clock clock;

	Dashboard(OrderFigures orders, DeliveryFigures deliveries, AttentionQueries attention, MessageStatistics messages,
			StoreDirectory stores, Clock clock) {
		this.orders = orders;
		this.deliveries = deliveries;
		this.attention = attention;
		this.messages = messages;
		this.stores = stores;
		this.clock = clock;
	}

	// One snapshot: every figure is read from the same moment of the database.
	@Transactional(readOnly = true)
	public DashboardFigures of(StoreId storeId) {
		ZoneId zone = stores.get(storeId).zone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate first = today.minusDays(DAYS - 1);

		Map<LocalDate, Long> placed = orders.placedPerDay(storeId, zone, first.isBefore(monday) ? first : monday);
		Map<LocalDate, DeliveryDay> delivered = deliveries.deliveredPerDay(storeId, zone, first);
		List<DashboardFigures.Day> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			DeliveryDay d = delivered.getOrDefault(day, new DeliveryDay(0, 0, 0));
			days.add(new DashboardFigures.Day(day, placed.getOrDefault(day, 0L), d.onTime(), d.late(),
					d.delivered() - d.promised()));
		}
		long thisWeek = placed.entrySet()
			.stream()
			.filter(e -> !e.getKey().isBefore(monday))
			.mapToLong(Map.Entry::getValue)
			.sum();
		Map<ShipmentStatus, Long> underway = deliveries.underway(storeId);
		MessageStatistics.Counts sent = messages.counts(storeId, today.minusDays(6).atStartOfDay(zone).toInstant());
		long failed = MessageStatistics.FAILURES.stream().mapToLong(sent::of).sum();
		return new DashboardFigures(today, monday, placed.getOrDefault(today, 0L), thisWeek,
				underway.getOrDefault(ShipmentStatus.PENDING, 0L)
						+ underway.getOrDefault(ShipmentStatus.INFO_RECEIVED, 0L),
				underway.getOrDefault(ShipmentStatus.IN_TRANSIT, 0L),
				underway.getOrDefault(ShipmentStatus.OUT_FOR_DELIVERY, 0L), attention.counts(storeId).open(),
				sent.sent(), failed, sent.of(MessageStatus.SCHEDULED) + sent.of(MessageStatus.HELD), days,
				orders.any(storeId));
	}

}
