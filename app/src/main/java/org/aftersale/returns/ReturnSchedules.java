package org.aftersale.returns;

import java.time.Clock;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns' own clock: approved returns whose parcel was never scanned within the policy's
 * days lapse (their label is voided by {@link ReturnLogistics}), and labels that failed
 * are tried again a few times.
 */
@Component
class ReturnSchedules {

	private static final Logger log = LoggerFactory.getLogger(ReturnSchedules.class);

	static final int LABEL_ATTEMPTS = 5;

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final ReturnDesk desk;

	private final ReturnPolicies policies;

	private final LabelDesk labels;

	private final ReturnLabels labelRows;

	private final Clock clock;

	ReturnSchedules(JdbcClient jdbc, ReturnDesk desk, ReturnPolicies policies, LabelDesk labels, ReturnLabels labelRows,
			Clock clock) {
		this.jdbc = jdbc;
		this.desk = desk;
		this.policies = policies;
		this.labels = labels;
		this.labelRows = labelRows;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${aftersale.returns.schedule-interval:PT15M}", initialDelayString = "PT2M")
	void run() {
		expire();
		retryLabels();
	}

	/**
	 * Lapses every approved return not sent within its policy's days.
	 * @return how many lapsed
	 */
	int expire() {
		Instant now = clock.instant();
		int lapsed = 0;
		Map<String, Integer> days = new HashMap<>();
		// A day is the shortest a policy allows; each candidate is checked against its
		// own, page by page, so that returns with long allowances never hide the rest.
		Candidate after = null;
		List<Candidate> page;
		do {
			page = jdbc.sql("""
					select id, store_id, policy_version, updated_at from returns.return_request
					where status = 'APPROVED' and method <> 'KEEP_ITEM' and updated_at < :before
					  and (cast(:afterAt as timestamptz) is null or (updated_at, id) > (:afterAt, :afterId))
					order by updated_at, id limit :limit""")
				.param("before", Timestamp.from(now.minus(Duration.ofDays(1))))
				.param("afterAt", after == null ? null : Timestamp.from(after.approvedAt()))
				.param("afterId", after == null ? new UUID(0, 0) : after.id())
				.param("limit", BATCH)
				.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class),
						new StoreId(rs.getObject("store_id", UUID.class)), rs.getInt("policy_version"),
						rs.getTimestamp("updated_at").toInstant()))
				.list();
			for (Candidate c : page) {
				int allowed = days.computeIfAbsent(c.storeId().value() + ":" + c.policyVersion(),
						k -> policies.version(c.storeId(), c.policyVersion()).handling().shipWithinDays());
				if (c.approvedAt().plus(Duration.ofDays(allowed)).isBefore(now)) {
					try {
						desk.expire(c.storeId(), c.id(), "system");
						lapsed++;
					}
					catch (ReturnTransitionRefused ex) {
						// Scanned or cancelled meanwhile: nothing lapses.
					}
				}
				after = c;
			}
		}
		while (page.size() == BATCH);
		return lapsed;
	}

	void retryLabels() {
		for (ReturnLabels.Retry retry : labelRows.retries(LABEL_ATTEMPTS, clock.instant().minus(Duration.ofMinutes(5)),
				BATCH)) {
			try {
				labels.buyFor(retry.storeId(), retry.returnId());
			}
			catch (RuntimeException ex) {
				log.warn("Label retry for return {} failed: {}", retry.returnId(), ex.getMessage());
			}
		}
	}

	private record Candidate(UUID id, StoreId storeId, int policyVersion, Instant approvedAt) {
	}

}
