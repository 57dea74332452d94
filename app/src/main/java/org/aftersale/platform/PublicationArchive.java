package org.aftersale.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the archive of completed event publications to a window. Every order, carrier
 * batch and change is archived with its whole event for each module that listened, which
 * helps when looking into what happened last week and is dead weight after that: at a
 * million orders a year the archive would grow by gigabytes. What happened stays on
 * record where merchants look for it (order timeline, message log, webhook deliveries).
 */
@Component
class PublicationArchive {

	private static final Logger log = LoggerFactory.getLogger(PublicationArchive.class);

	static final int CHUNK = 10_000;

	private final JdbcClient jdbc;

	private final String table;

	private final Duration retention;

	private final Clock clock;

	PublicationArchive(JdbcClient jdbc, @Value("${spring.modulith.events.jdbc.schema:events}") String schema,
			@Value("${aftersale.events.archive-retention:P7D}") Duration retention, Clock clock) {
		this.jdbc = jdbc;
		this.table = schema + ".event_publication_archive";
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * Deletes archived publications completed before the retention window, a chunk per
	 * statement so that no transaction holds many rows at once.
	 * @return how many were deleted
	 */
	@Scheduled(fixedDelayString = "${aftersale.events.archive-purge-interval:PT1H}", initialDelayString = "PT5M")
	int purge() {
		Timestamp cutoff = Timestamp.from(clock.instant().minus(retention));
		int deleted = 0;
		int chunk;
		do {
			chunk = jdbc
				.sql("delete from " + table + " where id in (select id from " + table
						+ " where completion_date < :cutoff limit :chunk)")
				.param("cutoff", cutoff)
				.param("chunk", CHUNK)
				.update();
			deleted += chunk;
		}
		while (chunk == CHUNK);
		if (deleted > 0) {
			log.info("Deleted {} archived event publications completed before {}", deleted, cutoff.toInstant());
		}
		return deleted;
	}

}
