package org.aftersale.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code webhooks.delivery} and {@code webhooks.delivery_attempt} tables: queueing a
 * delivery once per domain event and subscription, the delivery log, and resends.
 */
@Component
class Deliveries {

	private static final String COLUMNS = """
			id, subscription_id, event_id, event_type, payload, status, attempts, next_attempt_at,
			last_status_code, last_error, created_at, delivered_at""";

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a delivery due at once, unless this subscription already has one for the
	 * same event key; answers whether it was queued.
	 */
	boolean enqueue(StoreId storeId, SubscriptionId subscriptionId, UUID eventId, WebhookEventType type,
			String eventKey, String payload, Instant now) {
		return jdbc.sql("""
				insert into webhooks.delivery
				  (id, store_id, subscription_id, event_id, event_type, event_key, payload, status, next_attempt_at,
				   created_at)
				values (:id, :store, :subscription, :eventId, :type, :key, :payload, 'PENDING', :now, :now)
				on conflict (subscription_id, event_key) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("store", storeId.value())
			.param("subscription", subscriptionId.value())
			.param("eventId", eventId)
			.param("type", type.wireName())
			.param("key", eventKey)
			.param("payload", payload)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	Optional<Delivery> find(StoreId storeId, DeliveryId id) {
		return jdbc.sql("select " + COLUMNS + " from webhooks.delivery where store_id = :store and id = :id")
			.param("store", storeId.value())
			.param("id", id.value())
			.query(Deliveries::map)
			.optional();
	}

	/** Newest first, keyset-paginated on (created_at, id). */
	List<Delivery> page(StoreId storeId, SubscriptionId subscriptionId, @Nullable PageCursor after, int limit) {
		String sql = "select " + COLUMNS + """
				 from webhooks.delivery
				where store_id = :store and subscription_id = :subscription
				""" + ((after != null) ? " and (created_at, id) < (:at, :afterId)" : "")
				+ " order by created_at desc, id desc limit :limit";
		JdbcClient.StatementSpec statement = jdbc.sql(sql)
			.param("store", storeId.value())
			.param("subscription", subscriptionId.value())
			.param("limit", limit);
		if (after != null) {
			statement = statement.param("at", Timestamp.from(after.at())).param("afterId", after.id());
		}
		return statement.query(Deliveries::map).list();
	}

	List<DeliveryAttempt> attempts(StoreId storeId, DeliveryId id) {
		return jdbc.sql("""
				select number, attempted_at, status_code, response_excerpt, error, duration_ms
				from webhooks.delivery_attempt where store_id = :store and delivery_id = :id
				order by number
				""")
			.param("store", storeId.value())
			.param("id", id.value())
			.query((rs, n) -> new DeliveryAttempt(rs.getInt("number"), rs.getTimestamp("attempted_at").toInstant(),
					(Integer) rs.getObject("status_code"), rs.getString("response_excerpt"), rs.getString("error"),
					rs.getLong("duration_ms")))
			.list();
	}

	/**
	 * Makes the delivery due now with a fresh round of attempts, whatever its state;
	 * answers whether the store has it.
	 */
	boolean resend(StoreId storeId, DeliveryId id, Instant now) {
		return jdbc.sql("""
				update webhooks.delivery set status = 'PENDING', next_attempt_at = :now, round_start = attempts
				where store_id = :store and id = :id
				""")
			.param("now", Timestamp.from(now))
			.param("store", storeId.value())
			.param("id", id.value())
			.update() > 0;
	}

	private static Delivery map(ResultSet rs, int row) throws SQLException {
		return new Delivery(new DeliveryId(rs.getObject("id", UUID.class)),
				new SubscriptionId(rs.getObject("subscription_id", UUID.class)), rs.getObject("event_id", UUID.class),
				rs.getString("event_type"), rs.getString("payload"), DeliveryStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
				(Integer) rs.getObject("last_status_code"), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("delivered_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
