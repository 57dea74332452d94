package org.aftersale.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the delivery log says in aggregate, for the merchant's notifications page: counts
 * per status, volume per day, and the log filtered and paged. Everything is counted in
 * SQL, one statement per figure, and every statement is scoped by store and served by an
 * index of the message table ({@code message_by_day}, {@code message_by_status}).
 */
@Component
public class MessageStatistics {

	/** The most rows one page of the log holds. */
	public static final int MAX_LIMIT = 200;

	/** The statuses that wait for a person: nothing more is tried on its own. */
	public static final Set<MessageStatus> FAILURES = Set.of(MessageStatus.FAILED, MessageStatus.BOUNCED,
			MessageStatus.UNCONFIRMED);

	/** How many messages of a period ended up in each status. */
	public record Counts(Map<MessageStatus, Long> byStatus) {

		public long of(MessageStatus status) {
			return byStatus.getOrDefault(status, 0L);
		}

		/** Handed over to the provider: sent, and those it later reported delivered. */
		public long sent() {
			return of(MessageStatus.SENT) + of(MessageStatus.DELIVERED);
		}

		/** Not out yet: scheduled, held for quiet hours, or being handed over. */
		public long waiting() {
			return of(MessageStatus.SCHEDULED) + of(MessageStatus.HELD) + of(MessageStatus.SENDING);
		}

		public long total() {
			return byStatus.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** Messages of one trigger and channel decided on one day of the store's calendar. */
	public record DailyVolume(LocalDate day, Trigger trigger, Channel channel, long count) {
	}

	private record Row(LocalDate day, String trigger, String channel, long count) {
	}

	/** What the log is filtered by; an empty set of statuses means any status. */
	public record Filter(Set<MessageStatus> statuses, @Nullable Trigger trigger, @Nullable Channel channel) {
	}

	/** One page of the log, newest change first. */
	public record Page(List<Message> items, @Nullable String nextCursor) {
	}

	private final JdbcClient jdbc;

	MessageStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Messages decided on since the given instant, counted per status they reached. */
	public Counts counts(StoreId storeId, Instant since) {
		Map<MessageStatus, Long> byStatus = new EnumMap<>(MessageStatus.class);
		jdbc.sql("""
				select status, count(*) from notifications.message
				where store_id = :store and created_at >= :since group by status
				""")
			.param("store", storeId.value())
			.param("since", Timestamp.from(since))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach(e -> MessageStatus.fromWireName(e.getKey()).ifPresent(s -> byStatus.put(s, e.getValue())));
		return new Counts(byStatus);
	}

	/**
	 * Messages per day, trigger and channel since the given instant, the days cut in the
	 * store's time zone so that a merchant's "Monday" is their Monday.
	 */
	public List<DailyVolume> daily(StoreId storeId, ZoneId zone, Instant since) {
		return jdbc.sql("""
				select (created_at at time zone :zone)::date as day, trigger, channel, count(*) as n
				from notifications.message
				where store_id = :store and created_at >= :since
				group by 1, 2, 3 order by 1, 2, 3
				""")
			.param("zone", zone.getId())
			.param("store", storeId.value())
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new Row(rs.getObject("day", LocalDate.class), rs.getString("trigger"),
					rs.getString("channel"), rs.getLong("n")))
			.list()
			.stream()
			// Rows of a trigger or channel this version does not know are left out.
			.flatMap(r -> Trigger.fromWireName(r.trigger())
				.flatMap(t -> Channel.fromWireName(r.channel()).map(c -> new DailyVolume(r.day(), t, c, r.count())))
				.stream())
			.toList();
	}

	/**
	 * The log, newest change first, one page after the given cursor.
	 * @throws InvalidInputException for a cursor this server did not issue
	 */
	public Page search(StoreId storeId, Filter filter, @Nullable String cursor, int limit) {
		StringBuilder sql = new StringBuilder("select " + Messages.COLUMNS + """
				 from notifications.message where store_id = :store and status in (:statuses)
				""");
		List<String> statuses = new ArrayList<>();
		(filter.statuses().isEmpty() ? Set.of(MessageStatus.values()) : filter.statuses())
			.forEach(s -> statuses.add(s.wireName()));
		if (filter.trigger() != null) {
			sql.append(" and trigger = :trigger");
		}
		if (filter.channel() != null) {
			sql.append(" and channel = :channel");
		}
		PageCursor after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
		if (after != null) {
			sql.append(" and (updated_at, id) < (:at, :id)");
		}
		sql.append(" order by updated_at desc, id desc limit :limit");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
			.param("store", storeId.value())
			.param("statuses", statuses)
			.param("limit", limit + 1);
		if (filter.trigger() != null) {
			statement = statement.param("trigger", filter.trigger().wireName());
		}
		if (filter.channel() != null) {
			statement = statement.param("channel", filter.channel().wireName());
		}
		if (after != null) {
			statement = statement.param("at", Timestamp.from(after.at())).param("id", after.id());
		}
		List<Message> rows = statement.query((rs, n) -> Messages.map(rs)).list();
		if (rows.size() <= limit) {
			return new Page(rows, null);
		}
		List<Message> items = rows.subList(0, limit);
		Message last = items.get(limit - 1);
		return new Page(List.copyOf(items), new PageCursor(last.updatedAt(), last.id()).encode());
	}

}
