package org.aftersale.webhooks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender's side of the delivery table: claiming due deliveries so that two instances
 * never send the same one at the same time, and recording each attempt's outcome.
 */
@Component
class DueDeliveries {

	/** A delivery reserved for this sender until {@code leaseEnd}. */
	record Claim(DeliveryId id, StoreId storeId, SubscriptionId subscriptionId, String url, String sealedSecret,
			String eventType, String payload, int attempts, int roundStart, Instant leaseEnd) {

		@Override
		public String toString() {
			return "Claim[" + id + ", " + eventType + "]";
		}

	}

	/** What one attempt came to. */
	record Outcome(Instant at, @Nullable Integer statusCode, @Nullable String responseExcerpt, @Nullable String error,
			long durationMillis) {

		boolean succeeded() {
			return statusCode != null && statusCode >= 200 && statusCode < 300;
		}

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DueDeliveries(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Reserves up to {@code limit} due deliveries of active subscriptions by moving their
	 * next attempt to {@code leaseEnd}; rows another instance has locked are skipped.
	 */
	List<Claim> claim(Instant now, int limit, Instant leaseEnd) {
		return transactions.execute(status -> {
			List<Claim> claims = jdbc.sql("""
					select d.id, d.store_id, d.subscription_id, s.url, s.secret_sealed, d.event_type, d.payload,
					       d.attempts, d.round_start
					from webhooks.delivery d
					join webhooks.subscription s on s.id = d.subscription_id
					where d.next_attempt_at <= :now and s.active
					order by d.next_attempt_at
					limit :limit
					for update of d skip locked
					""")
				.param("now", Timestamp.from(now))
				.param("limit", limit)
				.query((rs, n) -> new Claim(new DeliveryId(rs.getObject("id", UUID.class)),
						new StoreId(rs.getObject("store_id", UUID.class)),
						new SubscriptionId(rs.getObject("subscription_id", UUID.class)), rs.getString("url"),
						rs.getString("secret_sealed"), rs.getString("event_type"), rs.getString("payload"),
						rs.getInt("attempts"), rs.getInt("round_start"), leaseEnd))
				.list();
			if (!claims.isEmpty()) {
				jdbc.sql("update webhooks.delivery set next_attempt_at = :lease where id in (:ids)")
					.param("lease", Timestamp.from(leaseEnd))
					.param("ids", claims.stream().map(c -> c.id().value()).toList())
					.update();
			}
			return claims;
		});
	}

	/**
	 * Logs the attempt and moves the delivery on: delivered, due again at
	 * {@code retryAt}, or failed when {@code retryAt} is {@code null}. A resend that came
	 * in while the attempt was under way wins: the delivery then stays due.
	 */
	void record(Claim claim, Outcome outcome, @Nullable Instant retryAt) {
		transactions.executeWithoutResult(status -> {
			Integer number = jdbc.sql("""
					update webhooks.delivery set attempts = attempts + 1, last_status_code = :code, last_error = :error,
					  delivered_at = case when :delivered then :at else delivered_at end
					where id = :id returning attempts
					""")
				.param("code", outcome.statusCode(), java.sql.Types.INTEGER)
				.param("error", outcome.error(), java.sql.Types.VARCHAR)
				.param("delivered", outcome.succeeded())
				.param("at", Timestamp.from(outcome.at()))
				.param("id", claim.id().value())
				.query(Integer.class)
				.optional()
				.orElse(null);
			if (number == null) {
				return;
			}
			jdbc.sql("""
					insert into webhooks.delivery_attempt
					  (delivery_id, number, store_id, attempted_at, status_code, response_excerpt, error, duration_ms)
					values (:id, :number, :store, :at, :code, :excerpt, :error, :duration)
					""")
				.param("id", claim.id().value())
				.param("number", number)
				.param("store", claim.storeId().value())
				.param("at", Timestamp.from(outcome.at()))
				.param("code", outcome.statusCode(), java.sql.Types.INTEGER)
				.param("excerpt", outcome.responseExcerpt(), java.sql.Types.VARCHAR)
				.param("error", outcome.error(), java.sql.Types.VARCHAR)
				.param("duration", (int) Math.min(outcome.durationMillis(), Integer.MAX_VALUE))
				.update();
			DeliveryStatus next = outcome.succeeded() ? DeliveryStatus.DELIVERED
					: (retryAt != null) ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
			jdbc.sql("""
					update webhooks.delivery set status = :status, next_attempt_at = :next
					where id = :id and next_attempt_at = :lease
					""")
				.param("status", next.name())
				.param("next", (next == DeliveryStatus.PENDING) ? Timestamp.from(retryAt) : null,
						java.sql.Types.TIMESTAMP)
				.param("id", claim.id().value())
				.param("lease", Timestamp.from(claim.leaseEnd()))
				.update();
		});
	}

}
