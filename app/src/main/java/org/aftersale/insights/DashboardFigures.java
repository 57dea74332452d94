package org.aftersale.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * A store's home figures at one moment.
 *
 * @param awaitingScan parcels the carrier has not scanned yet (pending or label created)
 * @param attention parcels with an open problem (exception, failed attempt, no scan)
 * @param messagesSent e-mails and texts handed over in the last 7 days
 * @param messagesFailed failed, bounced or unconfirmed in the last 7 days
 * @param days the last {@link Dashboard#DAYS} days, oldest first
 * @param anyOrders whether the store has received any order yet
 */
public record DashboardFigures(LocalDate today, LocalDate weekStart, long ordersToday, long ordersThisWeek,
		long awaitingScan, long inTransit, long outForDelivery, long attention, long messagesSent, long messagesFailed,
		long messagesWaiting, List<Day> days, boolean anyOrders) {

	/** One day of the charts. */
	public record Day(LocalDate day, long orders, long deliveredOnTime, long deliveredLate,
			long deliveredWithoutPromise) {

		public long delivered() {
			return deliveredOnTime + deliveredLate + deliveredWithoutPromise;
		}

	}

	public long delivered() {
		return days.stream().mapToLong(Day::delivered).sum();
	}

	/** Deliveries of the period that had a promised day. */
	public long promised() {
		return days.stream().mapToLong(d -> d.deliveredOnTime() + d.deliveredLate()).sum();
	}

	/**
	 * The share delivered by the promised day, in whole percent; -1 when nothing was
	 * promised.
	 */
	public int onTimePercent() {
		long promised = promised();
		if (promised == 0) {
			return -1;
		}
		long onTime = days.stream().mapToLong(Day::deliveredOnTime).sum();
		// Rounded down so that 99.6 % never shows as a perfect 100 %.
		return (int) (onTime * 100 / promised);
	}

}
