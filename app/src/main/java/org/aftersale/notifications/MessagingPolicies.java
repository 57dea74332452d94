package org.aftersale.notifications;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and saves each store's {@link MessagingPolicy}. Kept in memory for a short while:
 * every planned message reads it.
 */
@Component
public class MessagingPolicies {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cache<StoreId, MessagingPolicy> cache = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofSeconds(30))
		.build();

	MessagingPolicies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public MessagingPolicy of(StoreId storeId) {
		return cache.get(storeId, this::load);
	}

	private MessagingPolicy load(StoreId storeId) {
		return jdbc.sql("""
				select sender_name, from_address, reply_to, quiet_start, quiet_end, quiet_hours_email, digest_minutes,
				  follow_up_days
				from notifications.store_setting where store_id = :store
				""")
			.param("store", storeId.value())
			.query((rs, n) -> new MessagingPolicy(storeId, rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTime(4) == null ? null : rs.getTime(4).toLocalTime(),
					rs.getTime(5) == null ? null : rs.getTime(5).toLocalTime(), rs.getBoolean(6), rs.getInt(7),
					rs.getInt(8)))
			.optional()
			.orElseGet(() -> MessagingPolicy.defaults(storeId));
	}

	public void save(MessagingPolicy policy) {
		jdbc.sql(
				"""
						insert into notifications.store_setting (store_id, sender_name, from_address, reply_to, quiet_start,
						  quiet_end, quiet_hours_email, digest_minutes, follow_up_days, updated_at)
						values (:store, :name, :from, :reply, :qs, :qe, :qemail, :digest, :followUp, :now)
						on conflict (store_id) do update set sender_name = excluded.sender_name,
						  from_address = excluded.from_address, reply_to = excluded.reply_to, quiet_start = excluded.quiet_start,
						  quiet_end = excluded.quiet_end, quiet_hours_email = excluded.quiet_hours_email,
						  digest_minutes = excluded.digest_minutes, follow_up_days = excluded.follow_up_days,
						  updated_at = excluded.updated_at
						""")
			.param("store", policy.storeId().value())
			.param("name", policy.senderName())
			.param("from", policy.fromAddress())
			.param("reply", policy.replyTo())
			.param("qs", policy.quietStart() == null ? null : Time.valueOf(policy.quietStart()))
			.param("qe", policy.quietEnd() == null ? null : Time.valueOf(policy.quietEnd()))
			.param("qemail", policy.quietHoursEmail())
			.param("digest", policy.digestMinutes())
			.param("followUp", policy.followUpDays())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		cache.invalidate(policy.storeId());
	}

}
