package org.aftersale.returns;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.aftersale.returns.policy.ReturnMethod;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's queue of returns: one row per return with what the list shows, filtered by
 * status, method, reason and age, newest first, a page at a time, in one statement.
 */
@Component
public class ReturnQueue {

	/** A return as the queue lists it. */
	public record Row(UUID id, String number, ReturnStatus status, String resolution, ReturnMethod method,
			String customerEmail, Money value, long units, String reasons, Instant createdAt, boolean needsAttention,
			boolean arrived, boolean flagged) {
	}

	/**
	 * What the team filters by; empty values match everything.
	 *
	 * @param attention only returns that need the team: a refund the shop refused, or a
	 * label that could not be bought
	 * @param flagged only returns of flagged shoppers: as many returns in 12 months as
	 * the published policy flags at, or a return the team marked as fraud (a return
	 * marked safe is not flagged)
	 */
	public record Filter(@Nullable ReturnStatus status, @Nullable ReturnMethod method, @Nullable String reason,
			int olderThanDays, boolean attention, boolean flagged) {

		public Filter(@Nullable ReturnStatus status, @Nullable ReturnMethod method, @Nullable String reason,
				int olderThanDays) {
			this(status, method, reason, olderThanDays, false, false);
		}

	}

	private static final String FLAGGED = """
			(not exists (select 1 from returns.return_verdict v where v.return_id = r.id and v.verdict = 'SAFE')
			 and ((select count(*) from returns.return_request o where o.store_id = r.store_id
			       and lower(o.customer_email) = lower(r.customer_email) and o.created_at > :yearAgo
			       and o.status not in ('REJECTED', 'CANCELLED', 'EXPIRED')) >= :flagAt
			      or exists (select 1 from returns.return_request o join returns.return_verdict v on v.return_id = o.id
			                 where o.store_id = r.store_id and lower(o.customer_email) = lower(r.customer_email)
			                   and v.verdict = 'FRAUD')))""";

	private static final String NEEDS_ATTENTION = """
			(r.attention is not null or (r.status = 'APPROVED' and exists (select 1 from returns.return_label l
			 where l.return_id = r.id and l.status = 'FAILED')))""";

	private final JdbcClient jdbc;

	private final ReturnPolicies policies;

	ReturnQueue(JdbcClient jdbc, ReturnPolicies policies) {
		this.jdbc = jdbc;
		this.policies = policies;
	}

	@Transactional(readOnly = true)
	public KeysetPage<Row> page(StoreId storeId, Filter filter, @Nullable String cursor, int limit, Instant now) {
		int flagAt = policies.published(storeId).handling().flagAfterReturns();
		PageCursor after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
		List<Row> rows = jdbc
			.sql("""
					select r.id, r.number, r.status, r.resolution, r.method, r.customer_email, r.currency,
					       r.refund_minor + r.credit_minor as value_minor, r.created_at,
					       (select coalesce(sum(i.quantity), 0) from returns.return_item i where i.return_id = r.id) as units,
					       (select string_agg(distinct i.reason, ', ') from returns.return_item i where i.return_id = r.id) as reasons,
					       %s as needs_attention, r.arrived_at is not null as arrived, %s as flagged
					from returns.return_request r
					where r.store_id = :store
					  and (cast(:status as varchar) is null or r.status = :status)
					  and (cast(:method as varchar) is null or r.method = :method)
					  and (cast(:reason as varchar) is null
					       or exists (select 1 from returns.return_item i where i.return_id = r.id and i.reason = :reason))
					  and r.created_at <= :createdBefore
					  and (not :attention or %s)
					  and (not :flagged or %s)
					  and (cast(:at as timestamptz) is null or (r.created_at, r.id) < (:at, :id))
					order by r.created_at desc, r.id desc
					limit :limit
					"""
				.formatted(NEEDS_ATTENTION, FLAGGED, NEEDS_ATTENTION, FLAGGED))
			.param("store", storeId.value())
			.param("attention", filter.attention())
			.param("flagged", filter.flagged())
			.param("yearAgo", Timestamp.from(now.minus(java.time.Duration.ofDays(365))))
			.param("flagAt", flagAt)
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("method", filter.method() == null ? null : filter.method().name())
			.param("reason", filter.reason() == null || filter.reason().isBlank() ? null : filter.reason())
			.param("createdBefore", Timestamp.from(now.minusSeconds(86_400L * Math.max(0, filter.olderThanDays()))))
			.param("at", after == null ? null : Timestamp.from(after.at()))
			.param("id", after == null ? null : after.id())
			.param("limit", limit + 1)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("number"),
					ReturnStatus.valueOf(rs.getString("status")), rs.getString("resolution"),
					ReturnMethod.valueOf(rs.getString("method")), rs.getString("customer_email"),
					new Money(rs.getLong("value_minor"), Currency.getInstance(rs.getString("currency"))),
					rs.getLong("units"), rs.getString("reasons") == null ? "" : rs.getString("reasons"),
					rs.getTimestamp("created_at").toInstant(), rs.getBoolean("needs_attention"),
					rs.getBoolean("arrived"), rs.getBoolean("flagged")))
			.list();
		return KeysetPage.of(rows, limit, r -> new PageCursor(r.createdAt(), r.id()));
	}

}
