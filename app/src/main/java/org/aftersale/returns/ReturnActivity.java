package org.aftersale.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline of each return: who did what and when, written in the transaction of the
 * change it records, so the audit never misses an action nor records one that did not
 * happen.
 */
@Component
public class ReturnActivity {

	/** One line of the timeline. */
	public record Entry(Instant at, String actor, String kind, @Nullable String detail) {
	}

	private final JdbcClient jdbc;

	ReturnActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID returnId, Instant at, String actor, String kind, @Nullable String detail) {
		jdbc.sql("""
				insert into returns.return_activity (return_id, at, actor, kind, detail)
				values (:id, :at, :actor, :kind, :detail)
				""")
			.param("id", returnId)
			.param("at", java.sql.Timestamp.from(at))
			.param("actor", actor.length() > 320 ? actor.substring(0, 320) : actor)
			.param("kind", kind)
			.param("detail", detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
			.update();
	}

	public List<Entry> of(UUID returnId) {
		return jdbc
			.sql("select at, actor, kind, detail from returns.return_activity where return_id = :id order by at, id")
			.param("id", returnId)
			.query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("kind"),
					rs.getString("detail")))
			.list();
	}

}
