package org.aftersale.stores;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SharedRateLimits;
import org.aftersale.platform.SignInAttempts;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Staff sign-ins: each one recorded, and guessing slowed. One address that keeps failing
 * on one account waits longer after each failure (from the third: 1 s, 2 s, 4 s ... up to
 * 15 minutes), which a person who mistyped twice never notices and which leaves a guesser
 * a few tries an hour; a success from that address starts the count again, and other
 * addresses are not held back by it, so the real person is not locked out by someone
 * else's guessing. Beyond that, one address may fail 30 times in 15 minutes across all
 * accounts, and one account 100 times an hour across all addresses (a guesser spread over
 * many addresses), both counted in buckets every server shares.
 */
@Component
public class SignInLog implements SignInAttempts {

	/** One line of the audit trail. */
	public record Entry(long id, Instant at, String email, String address, String outcome) {
	}

	static final int FREE_FAILURES = 2;

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	static final int PER_ADDRESS = 30;

	static final Duration PER_ADDRESS_WINDOW = Duration.ofMinutes(15);

	static final int PER_ACCOUNT = 100;

	static final Duration PER_ACCOUNT_WINDOW = Duration.ofHours(1);

	private static final Duration KEPT = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final SharedRateLimits buckets;

	SignInLog(JdbcClient jdbc, SharedRateLimits buckets) {
		this.jdbc = jdbc;
		this.buckets = buckets;
	}

	@Override
	public OptionalLong waitBefore(String username, String address) {
		String email = normal(username);
		OptionalLong streak = streakWait(email, address);
		if (streak.isPresent()) {
			return streak;
		}
		OptionalLong byAddress = buckets.peek("signin:address:" + address, PER_ADDRESS, PER_ADDRESS_WINDOW);
		return byAddress.isPresent() ? byAddress
				: buckets.peek("signin:account:" + email, PER_ACCOUNT, PER_ACCOUNT_WINDOW);
	}

	@Override
	public void throttled(String username, String address) {
		record(normal(username), address, "throttled");
	}

	@Override
	public void succeeded(String username, String address) {
		record(normal(username), address, "success");
	}

	@Override
	public void failed(String username, String address) {
		String email = normal(username);
		record(email, address, "failure");
		buckets.tryTake("signin:address:" + address, PER_ADDRESS, PER_ADDRESS_WINDOW);
		buckets.tryTake("signin:account:" + email, PER_ACCOUNT, PER_ACCOUNT_WINDOW);
	}

	/**
	 * The sign-ins of the store's own staff, newest first, {@code limit} at most, older
	 * than {@code before} when given.
	 */
	public List<Entry> of(StoreId storeId, @Nullable Long before, int limit) {
		return jdbc.sql("""
				select e.id, e.at, e.email, e.address, e.outcome
				from stores.sign_in_event e
				where e.email in (select a.email from stores.staff_account a
				                  join stores.store_membership m on m.staff_account_id = a.id
				                  where m.store_id = :store)
				  and (cast(:before as bigint) is null or e.id < :before)
				order by e.id desc
				limit :limit
				""")
			.param("store", storeId.value())
			.param("before", before)
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	@Scheduled(fixedDelayString = "${aftersale.stores.sign-in-log-purge-interval:PT6H}", initialDelayString = "PT5M")
	int purgeOld() {
		return jdbc.sql("delete from stores.sign_in_event where at < now() - cast(:kept as interval)")
			.param("kept", KEPT.toDays() + " days")
			.update();
	}

	private OptionalLong streakWait(String email, String address) {
		record Streak(long failures, long millisSinceLast) {
		}
		// The time since the last failure is the database's own, as every server shares
		// it.
		Streak streak = jdbc.sql("""
				select count(*), coalesce(extract(epoch from now() - max(at)) * 1000, 0) from stores.sign_in_event
				where email = :email and address = :address and outcome = 'failure' and at > now() - interval '1 day'
				  and id > coalesce((select max(id) from stores.sign_in_event
				                     where email = :email and address = :address and outcome = 'success'), 0)
				""")
			.param("email", email)
			.param("address", address)
			.query((rs, n) -> new Streak(rs.getLong(1), rs.getLong(2)))
			.single();
		if (streak.failures() <= FREE_FAILURES) {
			return OptionalLong.empty();
		}
		long seconds = Math.min(1L << Math.min(streak.failures() - FREE_FAILURES - 1, 20), LONGEST_WAIT.toSeconds());
		long left = seconds * 1000 - streak.millisSinceLast();
		return left > 0 ? OptionalLong.of(Math.max(1, (left + 999) / 1000)) : OptionalLong.empty();
	}

	private void record(String email, String address, String outcome) {
		jdbc.sql("insert into stores.sign_in_event (email, address, outcome) values (:email, :address, :outcome)")
			.param("email", email.length() > 254 ? email.substring(0, 254) : email)
			.param("address", address.length() > 64 ? address.substring(0, 64) : address)
			.param("outcome", outcome)
			.update();
	}

	private static String normal(String username) {
		return username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
