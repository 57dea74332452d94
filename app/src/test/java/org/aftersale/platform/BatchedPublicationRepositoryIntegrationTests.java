package org.aftersale.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class BatchedPublicationRepositoryIntegrationTests {

	/** An event of this test only. */
	public record ParcelWeighed(UUID parcel, int grams) {
	}

	@Autowired
	EventPublicationRepository registry;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	// No listener exists for these publications: they are this test's own rows.
	@AfterEach
	void removeTheTestsPublications() {
		jdbc.sql("delete from events.event_publication where listener_id like 'test.%'").update();
		jdbc.sql("delete from events.event_publication_archive where listener_id like 'test.%'").update();
	}

	@Test
	void publicationsGoInWithTheirTransactionAndTheEventIsSerializedOnceAndReadBackWhole() {
		ParcelWeighed event = new ParcelWeighed(UUID.randomUUID(), 1250);
		TargetEventPublication first = TargetEventPublication.of(event, PublicationTargetIdentifier.of("test.a"));
		TargetEventPublication second = TargetEventPublication.of(event, PublicationTargetIdentifier.of("test.b"));
		List<UUID> ids = List.of(first.getIdentifier(), second.getIdentifier());

		long seenInside = new TransactionTemplate(transactionManager).execute(status -> {
			registry.create(first);
			registry.create(second);
			return open(ids);
		});

		assertThat(seenInside).as("batched until the commit").isZero();
		assertThat(open(ids)).isEqualTo(2);
		assertThat(jdbc.sql("select distinct serialized_event from events.event_publication where id in (:ids)")
			.param("ids", ids)
			.query(String.class)
			.list()).singleElement().asString().contains(event.parcel().toString()).contains("1250");
		assertThat(registry.findIncompletePublications())
			.filteredOn(publication -> ids.contains(publication.getIdentifier()))
			.as("read back, each publication carries the event as it was published")
			.hasSize(2)
			.extracting(TargetEventPublication::getEvent)
			.containsOnly(event);
	}

	@Test
	void aRolledBackTransactionLeavesNoPublication() {
		TargetEventPublication publication = TargetEventPublication.of(new ParcelWeighed(UUID.randomUUID(), 80),
				PublicationTargetIdentifier.of("test.a"));

		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			registry.create(publication);
			status.setRollbackOnly();
		});

		assertThat(open(List.of(publication.getIdentifier()))).isZero();
		assertThat(archived(List.of(publication.getIdentifier()))).isZero();
	}

	@Test
	void queuedCompletionsAreArchivedBeforeTheRegistryIsReadAgain() {
		List<TargetEventPublication> publications = new java.util.ArrayList<>();
		for (int i = 0; i < 50; i++) {
			publications.add(TargetEventPublication.of(new ParcelWeighed(UUID.randomUUID(), i),
					PublicationTargetIdentifier.of("test.c")));
		}
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> publications.forEach(registry::create));
		List<UUID> ids = publications.stream().map(TargetEventPublication::getIdentifier).toList();

		Instant completed = Instant.parse("2026-11-29T12:00:00Z");
		ids.forEach(id -> registry.markCompleted(id, completed));

		assertThat(registry.findIncompletePublications()).extracting(TargetEventPublication::getIdentifier)
			.doesNotContainAnyElementsOf(ids);
		assertThat(open(ids)).isZero();
		assertThat(archived(ids)).isEqualTo(50);
		assertThat(jdbc.sql("""
				select count(*) from events.event_publication_archive
				where id in (:ids) and status = 'COMPLETED' and completion_date = :at""")
			.param("ids", ids)
			.param("at", java.sql.Timestamp.from(completed))
			.query(Long.class)
			.single()).isEqualTo(50);
	}

	private long open(List<UUID> ids) {
		return jdbc.sql("select count(*) from events.event_publication where id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

	private long archived(List<UUID> ids) {
		return jdbc.sql("select count(*) from events.event_publication_archive where id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

}
