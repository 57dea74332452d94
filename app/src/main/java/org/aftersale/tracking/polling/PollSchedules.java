package org.aftersale.tracking.polling;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The poll schedule table: which shipments are due, claimed safely across app instances
 * with {@code for update skip locked}, and rescheduled after each attempt.
 */
@Component
class PollSchedules {

	/** A shipment reserved for this poller until its lease ends. */
	record Claim(UUID shipmentId, StoreId storeId, String carrier, String trackingNumber, int failures) {
	}

	/** The outcome to store for one shipment. */
	record Next(UUID shipmentId, @Nullable Instant at, int failures, @Nullable String error) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	PollSchedules(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Adds the shipments of pollable carriers that are still under way and not yet on the
	 * schedule (new ones, and those whose carrier became known later), due at once.
	 */
	int enroll(Collection<String> carriers, Instant now, int limit) {
		return jdbc.sql("""
				insert into tracking.poll_schedule (shipment_id, store_id, next_poll_at, failures)
				select s.id, s.store_id, :now, 0 from tracking.shipment s
				where s.carrier in (:carriers) and s.status not in ('DELIVERED', 'EXPIRED') and s.retired_at is null
				  and not exists (select 1 from tracking.poll_schedule p where p.shipment_id = s.id)
				limit :limit
				on conflict do nothing
				""").param("now", Timestamp.from(now)).param("carriers", carriers).param("limit", limit).update();
	}

	/**
	 * Claims up to {@code limit} due shipments whose store has enabled, unpaused
	 * credentials for the shipment's carrier, and pushes them to {@code leaseEnd}. Rows
	 * another instance holds are skipped, not waited for.
	 */
	List<Claim> claim(Instant now, int limit, Instant leaseEnd) {
		return transactions.execute(tx -> {
			List<Claim> claims = jdbc.sql("""
					select p.shipment_id, s.store_id, s.carrier, s.tracking_number, p.failures
					from tracking.poll_schedule p
					join tracking.shipment s on s.id = p.shipment_id and s.store_id = p.store_id
					join tracking.carrier_credential c on c.store_id = s.store_id and c.carrier = s.carrier
					where p.next_poll_at <= :now and c.enabled and c.paused_at is null
					  and s.status not in ('DELIVERED', 'EXPIRED')
					order by p.next_poll_at
					limit :limit
					for update of p skip locked
					""")
				.param("now", Timestamp.from(now))
				.param("limit", limit)
				.query((rs, n) -> new Claim(rs.getObject("shipment_id", UUID.class),
						new StoreId(rs.getObject("store_id", UUID.class)), rs.getString("carrier"),
						rs.getString("tracking_number"), rs.getInt("failures")))
				.list();
			if (!claims.isEmpty()) {
				jdbc.sql("update tracking.poll_schedule set next_poll_at = :lease where shipment_id in (:ids)")
					.param("lease", Timestamp.from(leaseEnd))
					.param("ids", claims.stream().map(Claim::shipmentId).toList())
					.update();
			}
			return claims;
		});
	}

	/** The shipments' current state as the shipments core derived it. */
	Map<UUID, PollSubject> subjects(StoreId storeId, Collection<UUID> shipmentIds) {
		record Row(UUID id, PollSubject subject) {
		}
		return jdbc.sql("""
				select id, status, last_event_at, created_at, estimated_delivery from tracking.shipment
				where store_id = :store and id in (:ids)
				""")
			.param("store", storeId.value())
			.param("ids", shipmentIds)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class),
					new PollSubject(ShipmentStatus.valueOf(rs.getString("status")),
							instant(rs.getTimestamp("last_event_at")), rs.getTimestamp("created_at").toInstant(),
							rs.getObject("estimated_delivery", LocalDate.class))))
			.list()
			.stream()
			.collect(Collectors.toMap(Row::id, Row::subject, (a, b) -> a));
	}

	void reschedule(List<Next> outcomes, Instant polledAt) {
		for (Next next : outcomes) {
			jdbc.sql("""
					update tracking.poll_schedule
					set next_poll_at = :at, failures = :failures, last_error = :error, last_polled_at = :polled
					where shipment_id = :id
					""")
				.param("at", (next.at() != null) ? Timestamp.from(next.at()) : null, java.sql.Types.TIMESTAMP)
				.param("failures", next.failures())
				.param("error", next.error(), java.sql.Types.VARCHAR)
				.param("polled", Timestamp.from(polledAt))
				.param("id", next.shipmentId())
				.update();
		}
	}

	/** Puts claimed shipments back as due at {@code at}, without counting an attempt. */
	void release(Collection<UUID> shipmentIds, Instant at) {
		if (!shipmentIds.isEmpty()) {
			jdbc.sql("update tracking.poll_schedule set next_poll_at = :at where shipment_id in (:ids)")
				.param("at", Timestamp.from(at))
				.param("ids", shipmentIds)
				.update();
		}
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
