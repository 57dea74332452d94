package org.aftersale.integrations.shopify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BackfillJobs {

	private final JdbcClient jdbc;

	BackfillJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts a job unless one is still under way for that resource: reconnecting must not
	 * throw away the cursor of a back-fill in progress.
	 */
	void start(StoreId storeId, String resource, String firstPage, Instant now) {
		jdbc.sql(
				"""
						insert into integrations.shopify_backfill (store_id, resource, status, next_page, started_at, updated_at)
						values (:store, :resource, 'pending', :page, :now, :now)
						on conflict (store_id, resource) do update set status = 'pending', next_page = excluded.next_page,
						    fetched = 0, imported = 0, failed = 0, last_error = null, started_at = excluded.started_at,
						    updated_at = excluded.updated_at
						where integrations.shopify_backfill.status not in ('pending', 'running')
						""")
			.param("store", storeId.value())
			.param("resource", resource)
			.param("page", firstPage)
			.param("now", Timestamp.from(now))
			.update();
	}

	List<BackfillJob> active() {
		return jdbc
			.sql("select * from integrations.shopify_backfill where status in ('pending', 'running') "
					+ "order by updated_at")
			.query(BackfillJobs::map)
			.list();
	}

	List<BackfillJob> of(StoreId storeId) {
		return jdbc.sql("select * from integrations.shopify_backfill where store_id = :store order by resource")
			.param("store", storeId.value())
			.query(BackfillJobs::map)
			.list();
	}

	void advance(BackfillJob job, @Nullable String nextPage, int fetched, int imported, int failed, Instant now) {
		jdbc.sql("""
				update integrations.shopify_backfill set next_page = :page, status = :status,
				    fetched = fetched + :fetched, imported = imported + :imported, failed = failed + :failed,
				    last_error = null, updated_at = :now
				where store_id = :store and resource = :resource
				""")
			.param("page", nextPage)
			.param("status", nextPage == null ? BackfillJob.DONE : BackfillJob.RUNNING)
			.param("fetched", fetched)
			.param("imported", imported)
			.param("failed", failed)
			.param("now", Timestamp.from(now))
			.param("store", job.storeId().value())
			.param("resource", job.resource())
			.update();
	}

	/**
	 * Records why the last page failed; a job left active is tried again on the next run.
	 */
	void error(BackfillJob job, String error, boolean giveUp, Instant now) {
		jdbc.sql("""
				update integrations.shopify_backfill set last_error = :error, updated_at = :now,
				    status = case when :giveUp then 'failed' else status end
				where store_id = :store and resource = :resource
				""")
			.param("error", error)
			.param("now", Timestamp.from(now))
			.param("giveUp", giveUp)
			.param("store", job.storeId().value())
			.param("resource", job.resource())
			.update();
	}

	private static BackfillJob map(ResultSet rs, int row) throws SQLException {
		return new BackfillJob(new StoreId(rs.getObject("store_id", UUID.class)), rs.getString("resource"),
				rs.getString("status"), rs.getString("next_page"), rs.getInt("fetched"), rs.getInt("imported"),
				rs.getInt("failed"), rs.getString("last_error"), rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
