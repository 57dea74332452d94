package org.aftersale.tracking;

import java.sql.Timestamp;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AttentionPolicy}'s rules as SQL predicates over {@code tracking.shipment s}, so
 * that counts and lists are computed by the database in one pass. Keep both in step: the
 * integration tests compare them.
 */
final class AttentionSql {

	private static final String RETURNS = "('RETURNING_TO_SENDER', 'RETURNED_TO_SENDER')";

	static final Map<AttentionCategory, String> PREDICATES = Map.of(AttentionCategory.EXCEPTION,
			"(s.status = 'EXCEPTION' and coalesce(s.sub_status, '') not in " + RETURNS + ")",
			AttentionCategory.FAILED_ATTEMPT, "(s.status = 'FAILED_ATTEMPT')", AttentionCategory.RETURNED_TO_SENDER,
			"(s.sub_status in " + RETURNS + ")", AttentionCategory.NO_SCAN,
			"(s.status not in ('DELIVERED', 'EXPIRED', 'INFO_RECEIVED')"
					+ " and coalesce(s.last_event_at, s.shipped_at, s.created_at) <= :noScanSince)",
			AttentionCategory.NO_PICKUP,
			"(s.status = 'INFO_RECEIVED'"
					+ " and coalesce(s.status_since, s.last_event_at, s.shipped_at, s.created_at) <= :noPickupSince)",
			AttentionCategory.PAST_PROMISED_DATE, "(s.status <> 'DELIVERED' and s.estimated_delivery < :today)");

	/** Any category at all. */
	static final String ANY = "(" + String.join(" or ", PREDICATES.values()) + ")";

	/**
	 * Whether a note covers the shipment's current status and sub-status; notes store a
	 * missing sub-status as '' so that the comparison (and the index) needs no nulls.
	 */
	static final String HANDLED = """
			exists (select 1 from tracking.attention_note n where n.store_id = s.store_id and n.shipment_id = s.id
			    and n.status = s.status and n.sub_status = coalesce(s.sub_status, ''))""";

	// Delivered shipments only matter when they went back to the sender; leaving the rest
	// out early lets the planner skip the bulk of a store's history via the status index.
	static final String CANDIDATES = "s.store_id = :store and s.retired_at is null and s.direction = 'OUTBOUND' and (s.status <> 'DELIVERED' or s.sub_status in "
			+ RETURNS + ")";

	private AttentionSql() {
	}

	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AttentionPolicy.Thresholds t) {
		return statement.param("noScanSince", Timestamp.from(t.noScanSince()))
			.param("noPickupSince", Timestamp.from(t.noPickupSince()))
			.param("today", t.today());
	}

}
