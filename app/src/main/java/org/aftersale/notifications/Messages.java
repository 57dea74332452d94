package org.aftersale.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message table: delivery log and outbox. Every statement that changes a claimed
 * message names the claim, so a sender whose claim was recovered can no longer change
 * what another sender now owns.
 */
@Component
public class Messages {

	static final String COLUMNS = """
			id, store_id, order_id, shipment_id, trigger, channel, subject_key, recipient, locale, purpose, status,
			due_at, attempts, provider_id, subject, last_error, sent_at, delivered_at, created_at, updated_at""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DispatchSignal signal;

	Messages(JdbcClient jdbc, Clock clock, DispatchSignal signal) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.signal = signal;
	}

	/** Stores a planned message unless one with its key exists; true when stored. */
	boolean insert(PlannedMessage message) {
		// The message and the first line of its log in one statement, the log line only
		// when the message is new. Positional parameters: this runs once per planned
		// message, and the named form's parsing and look-ups were a third of its cost.
		Timestamp at = Timestamp.from(clock.instant());
		int inserted = jdbc.sql("""
				with planned as (
				  insert into notifications.message (id, store_id, order_id, shipment_id, trigger, channel, subject_key,
				    recipient, locale, purpose, status, due_at, last_error, created_at, updated_at)
				  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				  on conflict on constraint message_once do nothing
				  returning id)
				insert into notifications.message_attempt (message_id, attempted_at, outcome, detail)
				select id, ?, ?, ? from planned
				""")
			.params(message.id(), message.storeId().value(), message.orderId().value(), message.shipmentId(),
					message.trigger().wireName(), message.channel().wireName(), message.subjectKey(),
					message.recipient(), message.locale(), message.purpose().wireName(), message.status().wireName(),
					Timestamp.from(message.dueAt()), message.note(), at, at, at, message.status().wireName(),
					message.note() == null ? null : clip(message.note(), 1000))
			.update();
		return inserted == 1;
	}

	/**
	 * Claims up to {@code limit} due messages of a channel for one sender, numbered in
	 * the order the sender will hand them over. {@code skip locked}: two senders (or two
	 * instances) never claim the same message.
	 */
	List<Message> claim(Channel channel, UUID token, int limit, Duration lease) {
		Instant now = clock.instant();
		return jdbc.sql("""
				with due as (
				  select id, due_at from notifications.message
				  where channel = :channel and status in ('scheduled', 'held') and due_at <= :now
				  order by due_at limit :limit
				  for update skip locked),
				numbered as (select id, row_number() over (order by due_at, id) as seq from due)
				update notifications.message m
				set status = 'sending', claim_token = :token, claim_seq = numbered.seq, claimed_until = :until,
				  handover_started_at = null, attempts = m.attempts + 1, updated_at = :now
				from numbered where m.id = numbered.id
				returning m.claim_seq, %s
				""".formatted(COLUMNS.replaceAll("(\\w+)", "m.$1")))
			.param("channel", channel.wireName())
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("token", token)
			.param("until", Timestamp.from(now.plus(lease)))
			.query((rs, n) -> new Claimed(rs.getInt("claim_seq"), map(rs)))
			.list()
			.stream()
			.sorted((a, b) -> Integer.compare(a.seq(), b.seq()))
			.map(Claimed::message)
			.toList();
	}

	private record Claimed(int seq, Message message) {
	}

	void renewLease(UUID token, Duration lease) {
		jdbc.sql("""
				update notifications.message set claimed_until = :until
				where claim_token = :token and status = 'sending'
				""").param("until", Timestamp.from(clock.instant().plus(lease))).param("token", token).update();
	}

	void markSent(UUID id, UUID token, String providerId, String subject) {
		// One statement, so the hand-over costs one commit (it must wait for the disk: a
		// lost
		// "sent" would send the message again after a crash).
		jdbc.sql(logged("""
				update notifications.message
				set status = 'sent', provider_id = :provider, subject = :subject, sent_at = :now, last_error = null,
				  claim_token = null, claimed_until = null, updated_at = :now
				where id = :id and claim_token = :token and status = 'sending'"""))
			.param("provider", providerId)
			.param("subject", clip(subject, 300))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("token", token)
			.param("outcome", "sent")
			.param("detail", providerId)
			.update();
	}

	/** Marks the messages of a digest that went out inside another message. */
	void markMerged(List<UUID> ids, UUID token, UUID into) {
		for (UUID id : ids) {
			int updated = jdbc.sql("""
					update notifications.message set status = 'merged', merged_into = :into, claim_token = null,
					  claimed_until = null, updated_at = :now
					where id = :id and claim_token = :token and status = 'sending'
					""")
				.param("into", into)
				.param("now", Timestamp.from(clock.instant()))
				.param("id", id)
				.param("token", token)
				.update();
			if (updated == 1) {
				attempt(id, "merged", into.toString());
			}
		}
	}

	/**
	 * @param subject what the composed message was titled (its log shows it).
	 */
	void scheduleRetry(UUID id, UUID token, Instant next, String error, String subject) {
		jdbc.sql(logged("""
				update notifications.message
				set status = 'scheduled', due_at = :next, last_error = :error, subject = :subject, claim_token = null,
				  claimed_until = null, updated_at = :now
				where id = :id and claim_token = :token and status = 'sending'"""))
			.param("next", Timestamp.from(next))
			.param("error", clip(error, 1000))
			.param("subject", clip(subject, 300))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("token", token)
			.param("outcome", "retry")
			.param("detail", clip(error, 1000))
			.update();
	}

	/**
	 * Gives a claimed message up: {@code FAILED}, {@code BOUNCED} or {@code SUPPRESSED}.
	 * @param subject what the composed message was titled, or null when it was given up
	 * before it was composed
	 */
	void markGivenUp(UUID id, UUID token, MessageStatus status, String error, @Nullable String subject) {
		jdbc.sql(logged("""
				update notifications.message
				set status = :status, last_error = :error, subject = coalesce(:subject, subject), claim_token = null,
				  claimed_until = null, updated_at = :now
				where id = :id and claim_token = :token and status = 'sending'"""))
			.param("status", status.wireName())
			.param("error", clip(error, 1000))
			.param("subject", subject == null ? null : clip(subject, 300))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("token", token)
			.param("outcome", status.wireName())
			.param("detail", clip(error, 1000))
			.update();
	}

	/**
	 * An update of one message that also writes its delivery-log line in the same
	 * statement; {@code :now}, {@code :outcome} and {@code :detail} fill the line.
	 */
	private static String logged(String update) {
		return "with changed as (" + update + " returning id)\n"
				+ "insert into notifications.message_attempt (message_id, attempted_at, outcome, detail)\n"
				+ "select id, :now, :outcome, :detail from changed";
	}

	/**
	 * Marks the hand-over of claimed messages as begun: from here on, a sender that dies
	 * leaves them unconfirmed rather than queued again.
	 * @return false when the claim was lost (its lease ran out and it was recovered), and
	 * the messages must not be handed over by this sender
	 */
	boolean markHandoverStarted(List<UUID> ids, UUID token) {
		Timestamp now = Timestamp.from(clock.instant());
		int marked = 0;
		for (UUID id : ids) {
			marked += jdbc.sql("""
					update notifications.message set handover_started_at = :now
					where id = :id and claim_token = :token and status = 'sending'
					""").param("now", now).param("id", id).param("token", token).update();
		}
		return marked == ids.size();
	}

	/**
	 * Gives back what is left of a claim when its sender stops: messages whose hand-over
	 * never began go back to the queue; one whose hand-over began but whose outcome was
	 * never recorded is unconfirmed.
	 */
	void release(UUID token) {
		Instant now = clock.instant();
		settle("claim_token = :token", token, now);
	}

	/**
	 * Recovers the claims of senders that died (lease run out). A sender commits the
	 * start of each hand-over before it begins, so a message it never began handing over
	 * goes back to the queue and is sent again, while one whose hand-over began may have
	 * reached the provider: it becomes {@code UNCONFIRMED}, never sent again without a
	 * person deciding.
	 * @return how many messages went back to the queue
	 */
	int recoverAbandoned() {
		return settle("claimed_until < :now", null, clock.instant());
	}

	private int settle(String claims, @Nullable UUID token, Instant now) {
		List<UUID> inDoubt = jdbc.sql("""
				update notifications.message
				set status = 'unconfirmed', claim_token = null, claimed_until = null, updated_at = :now,
				  last_error = 'the sender stopped while handing this message over: it may have been sent'
				where status = 'sending' and handover_started_at is not null and %s
				returning id
				""".formatted(claims)).param("now", Timestamp.from(now)).param("token", token).query(UUID.class).list();
		for (UUID id : inDoubt) {
			attempt(id, "unconfirmed", "sender stopped during hand-over");
		}
		return jdbc.sql("""
				update notifications.message
				set status = 'scheduled', attempts = greatest(attempts - 1, 0), claim_token = null,
				  claimed_until = null, updated_at = :now
				where status = 'sending' and handover_started_at is null and %s
				""".formatted(claims)).param("now", Timestamp.from(now)).param("token", token).update();
	}

	/**
	 * Queues a message that was given up (failed, bounced, unconfirmed) again, now, with
	 * a fresh count of attempts: a person asked for it.
	 */
	public boolean retry(StoreId storeId, UUID id) {
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				update notifications.message
				set status = 'scheduled', due_at = :now, attempts = 0, updated_at = :now
				where store_id = :store and id = :id and status in ('failed', 'bounced', 'unconfirmed')
				""").param("now", Timestamp.from(now)).param("store", storeId.value()).param("id", id).update();
		if (updated == 1) {
			attempt(id, "retry requested", null);
			wakeSenders();
		}
		return updated == 1;
	}

	/**
	 * Sends a message of the store again as a new one, now, to the same recipient, on a
	 * person's word: the original keeps its own log, the copy is keyed apart from it (so
	 * the exactly-once rule still holds for everything planned by events) and its log
	 * says who asked. Suppressions and quiet hours are not applied: someone chose to send
	 * it now. Only what went out (or was given up) can be resent, not what still waits.
	 * @return the new message's id, empty when there is no such message or it still waits
	 */
	@Transactional
	public Optional<UUID> resend(StoreId storeId, UUID id, String actor) {
		UUID copy = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		String note = "resent by " + actor;
		int inserted = jdbc
			.sql("""
					with original as (
					  select * from notifications.message
					  where store_id = ? and id = ? and status in ('sent', 'delivered', 'failed', 'bounced', 'unconfirmed')),
					copied as (
					  insert into notifications.message (id, store_id, order_id, shipment_id, trigger, channel, subject_key,
					    recipient, locale, purpose, status, due_at, last_error, created_at, updated_at)
					  select ?, store_id, order_id, shipment_id, trigger, channel, subject_key || '#manual:' || ?, recipient,
					    locale, purpose, 'scheduled', ?, null, ?, ? from original
					  returning id)
					insert into notifications.message_attempt (message_id, attempted_at, outcome, detail)
					select id, ?, 'scheduled', ? from copied
					""")
			.params(storeId.value(), id, copy, copy.toString(), now, now, now, now, note)
			.update();
		if (inserted != 1) {
			return Optional.empty();
		}
		attempt(id, "resent as a new message", note);
		wakeSenders();
		return Optional.of(copy);
	}

	// A message queued by hand goes out as soon as its transaction commits, not at the
	// senders' next poll.
	private void wakeSenders() {
		for (Channel channel : Channel.values()) {
			signal.afterCommit(channel);
		}
	}

	/**
	 * Records what the provider reported later about a message it accepted (SMS status
	 * callbacks): {@code DELIVERED}, {@code FAILED} or {@code BOUNCED}.
	 */
	public boolean recordProviderReport(StoreId storeId, Channel channel, String providerId, MessageStatus status,
			@Nullable String detail) {
		Instant now = clock.instant();
		List<UUID> ids = jdbc.sql("""
				update notifications.message
				set status = :status, delivered_at = case when :status = 'delivered' then :now else delivered_at end,
				  last_error = coalesce(:detail, last_error), updated_at = :now
				where store_id = :store and channel = :channel and provider_id = :provider
				  and status in ('sent', 'delivered')
				returning id
				""")
			.param("status", status.wireName())
			.param("now", Timestamp.from(now))
			.param("detail", detail)
			.param("store", storeId.value())
			.param("channel", channel.wireName())
			.param("provider", providerId)
			.query(UUID.class)
			.list();
		ids.forEach(id -> attempt(id, status.wireName(), detail));
		return !ids.isEmpty();
	}

	/** The messages of one order, oldest first. */
	public List<Message> ofOrder(StoreId storeId, OrderId orderId) {
		return jdbc.sql("select " + COLUMNS + """
				 from notifications.message where store_id = :store and order_id = :order
				order by created_at, id
				""").param("store", storeId.value()).param("order", orderId.value()).query((rs, n) -> map(rs)).list();
	}

	/** The messages of several orders in one query, oldest first. */
	public List<Message> ofOrders(StoreId storeId, Collection<OrderId> orderIds) {
		if (orderIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + """
				 from notifications.message where store_id = :store and order_id in (:orders)
				order by created_at, id
				""")
			.param("store", storeId.value())
			.param("orders", orderIds.stream().map(OrderId::value).toList())
			.query((rs, n) -> map(rs))
			.list();
	}

	public Optional<Message> find(StoreId storeId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from notifications.message where store_id = :store and id = :id")
			.param("store", storeId.value())
			.param("id", id)
			.query((rs, n) -> map(rs))
			.optional();
	}

	/** One line of a message's delivery log. */
	public record Attempt(Instant at, String outcome, @Nullable String detail) {
	}

	public List<Attempt> attempts(StoreId storeId, UUID id) {
		return jdbc.sql("""
				select a.attempted_at, a.outcome, a.detail from notifications.message_attempt a
				join notifications.message m on m.id = a.message_id
				where m.store_id = :store and a.message_id = :id order by a.attempted_at, a.id
				""")
			.param("store", storeId.value())
			.param("id", id)
			.query((rs, n) -> new Attempt(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
			.list();
	}

	private void attempt(UUID id, String outcome, @Nullable String detail) {
		jdbc.sql("""
				insert into notifications.message_attempt (message_id, attempted_at, outcome, detail)
				values (:id, :at, :outcome, :detail)
				""")
			.param("id", id)
			.param("at", Timestamp.from(clock.instant()))
			.param("outcome", outcome)
			.param("detail", detail == null ? null : clip(detail, 1000))
			.update();
	}

	static Message map(ResultSet rs) throws SQLException {
		return new Message(rs.getObject("id", UUID.class), new StoreId(rs.getObject("store_id", UUID.class)),
				new OrderId(rs.getObject("order_id", UUID.class)), rs.getObject("shipment_id", UUID.class),
				Trigger.fromWireName(rs.getString("trigger")).orElseThrow(),
				Channel.fromWireName(rs.getString("channel")).orElseThrow(), rs.getString("subject_key"),
				rs.getString("recipient"), rs.getString("locale"),
				Purpose.valueOf(rs.getString("purpose").toUpperCase(java.util.Locale.ROOT)),
				MessageStatus.fromWireName(rs.getString("status")).orElseThrow(), instant(rs, "due_at"),
				rs.getInt("attempts"), rs.getString("provider_id"), rs.getString("subject"), rs.getString("last_error"),
				nullableInstant(rs, "sent_at"), nullableInstant(rs, "delivered_at"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static String clip(String value, int max) {
		return value.length() > max ? value.substring(0, max) : value;
	}

}
