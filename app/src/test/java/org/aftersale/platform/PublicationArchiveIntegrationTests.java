package org.aftersale.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completed publications are archived for a week and then deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationArchiveIntegrationTests {

	@Autowired
	PublicationArchive archive;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesWhatWasCompletedBeforeTheWeekAndKeepsTheRest() {
		UUID old = archived(Duration.ofDays(8));
		UUID lastWeek = archived(Duration.ofDays(6));
		UUID today = archived(Duration.ofMinutes(5));

		assertThat(archive.purge()).isGreaterThanOrEqualTo(1);

		assertThat(exists(old)).isFalse();
		assertThat(exists(lastWeek)).isTrue();
		assertThat(exists(today)).isTrue();
		assertThat(archive.purge()).isZero();
	}

	private UUID archived(Duration ago) {
		UUID id = UUID.randomUUID();
		Instant completed = Instant.now().minus(ago);
		jdbc.sql("""
				insert into events.event_publication_archive (id, listener_id, event_type, serialized_event,
				  publication_date, status, completion_date, completion_attempts)
				values (:id, 'test.listener', 'test.Event', '{}', :published, 'COMPLETED', :completed, 1)""")
			.param("id", id)
			.param("published", Timestamp.from(completed.minusSeconds(1)))
			.param("completed", Timestamp.from(completed))
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return jdbc.sql("select count(*) from events.event_publication_archive where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

}
