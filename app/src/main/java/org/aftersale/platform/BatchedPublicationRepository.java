package org.aftersale.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry's repository with the per-publication round trips taken
 * out of the hot path (see ADR 0005). Publications of one transaction are inserted
 * together just before it commits, with each event serialized once however many modules
 * listen to it. Completions are queued and written by one writer thread in batches, each
 * batch one statement that moves the completed rows to the archive.
 *
 * <p>
 * Nothing is weakened: a publication is still committed with the business change that
 * published it. A completion lost in a crash only means the registry hands the event to
 * its listener again after the restart, which is what already happens when the process
 * dies between a listener's commit and the library's completion write; every listener is
 * idempotent for that reason. Reads of the registry (restart republication, resubmission,
 * tests) first wait for the completions queued so far.
 */
class BatchedPublicationRepository implements EventPublicationRepository {

	private static final Logger log = LoggerFactory.getLogger(BatchedPublicationRepository.class);

	private static final int BATCH = 1000;

	private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

	private final EventPublicationRepository library;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final EventSerializer serializer;

	private final TransactionTemplate transactions;

	private final String insert;

	private final String complete;

	private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();

	private final Object progress = new Object();

	private long queued;

	private long written;

	private volatile boolean running = true;

	private final Thread writer;

	/** What becomes of a completed publication: Spring Modulith's completion modes. */
	enum CompletionMode {

		/** The row stays, with its completion date. */
		UPDATE,
		/** The row is removed. */
		DELETE,
		/** The row moves to the archive table. */
		ARCHIVE

	}

	/**
	 * @param library the library's repository, for everything that is not on the hot path
	 */
	BatchedPublicationRepository(EventPublicationRepository library, JdbcTemplate jdbc, EventSerializer serializer,
			PlatformTransactionManager transactionManager, String schema, CompletionMode mode) {
		this.library = library;
		this.jdbc = jdbc;
		this.dataSource = jdbc.getDataSource();
		this.serializer = serializer;
		this.transactions = new TransactionTemplate(transactionManager);
		String table = schema + ".event_publication";
		this.insert = "insert into " + table + " (id, event_type, listener_id, publication_date, serialized_event,"
				+ " status, completion_attempts, last_resubmission_date) values (?, ?, ?, ?, ?, ?, ?, ?)";
		String completed = " unnest(?::uuid[], ?::timestamptz[]) as c(id, at)";
		String done = "delete from " + table + " p using" + completed + " where p.id = c.id returning p.*, c.at";
		this.complete = switch (mode) {
			case UPDATE -> "update " + table + " p set status = 'COMPLETED', completion_date = c.at from" + completed
					+ " where p.id = c.id";
			case DELETE -> done;
			case ARCHIVE -> "with done as (" + done + ") insert into " + table + "_archive"
					+ " (id, listener_id, event_type, serialized_event, publication_date, status, completion_date,"
					+ " completion_attempts, last_resubmission_date)"
					+ " select id, listener_id, event_type, serialized_event, publication_date, 'COMPLETED', at,"
					+ " completion_attempts, last_resubmission_date from done on conflict (id) do nothing";
		};
		this.writer = new Thread(this::writeCompletions, "publication-completions");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		PendingPublications pending = pendingOfCurrentTransaction();
		if (pending == null) {
			return library.create(publication);
		}
		pending.add(publication);
		return publication;
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		synchronized (this.progress) {
			this.queued++;
		}
		this.completions.add(new Completion(identifier, completionDate));
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		awaitCompletions();
		library.markCompleted(event, identifier, completionDate);
	}

	/**
	 * Not recorded: the mark would cost a transaction per listener invocation and nothing
	 * here reads it. A publication stays {@code PUBLISHED} until it completes; after a
	 * crash, every incomplete one is handed to its listener again either way.
	 */
	@Override
	public void markProcessing(UUID identifier) {
	}

	@Override
	public void markFailed(UUID identifier) {
		awaitCompletions();
		library.markFailed(identifier);
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		awaitCompletions();
		return library.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	public List<TargetEventPublication> findIncompletePublications() {
		awaitCompletions();
		return library.findIncompletePublications();
	}

	@Override
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		awaitCompletions();
		return library.findIncompletePublicationsPublishedBefore(instant);
	}

	@Override
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		awaitCompletions();
		return library.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		awaitCompletions();
		return library.findCompletedPublications();
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		awaitCompletions();
		library.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		awaitCompletions();
		library.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		awaitCompletions();
		library.deleteCompletedPublicationsBefore(instant);
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		awaitCompletions();
		return library.findFailedPublications(criteria);
	}

	@Override
	public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
		awaitCompletions();
		return library.findByStatus(status);
	}

	@Override
	public int countByStatus(EventPublication.Status status) {
		awaitCompletions();
		return library.countByStatus(status);
	}

	/**
	 * Writes what is queued, then stops the writer; called when the application closes.
	 */
	void close() {
		awaitCompletions();
		this.running = false;
		this.writer.interrupt();
	}

	/**
	 * Blocks until every completion queued before the call is written, or a few seconds
	 * have passed (the database being away): then the registry reads a completion as
	 * still open, which at worst hands the event to its listener once more.
	 */
	void awaitCompletions() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		synchronized (this.progress) {
			long target = this.queued;
			while (this.written < target && this.running) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					log.warn("Publication completions not yet written; reading the registry without them");
					return;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.progress, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void writeCompletions() {
		List<Completion> batch = new ArrayList<>(BATCH);
		while (this.running) {
			try {
				batch.add(this.completions.take());
				this.completions.drainTo(batch, BATCH - 1);
				lingerFor(batch);
				write(batch);
				synchronized (this.progress) {
					this.written += batch.size();
					this.progress.notifyAll();
				}
				batch.clear();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// Kept for the next round: the database may be back by then.
				log.warn("Writing {} publication completions failed, retrying: {}", batch.size(), ex.getMessage());
				pause();
			}
		}
	}

	// Under a steady trickle of listener work each completion would go out alone, and the
	// statement, not the row, is most of the cost (0.5 ms a statement for three or four
	// rows at 350 orders/s): a few milliseconds' wait lets one statement carry more.
	private void lingerFor(List<Completion> batch) throws InterruptedException {
		long deadline = System.nanoTime() + LINGER_NANOS;
		while (batch.size() < BATCH) {
			long left = deadline - System.nanoTime();
			Completion next = left > 0 ? this.completions.poll(left, TimeUnit.NANOSECONDS) : null;
			if (next == null) {
				return;
			}
			batch.add(next);
			this.completions.drainTo(batch, BATCH - batch.size());
		}
	}

	private void write(List<Completion> batch) {
		UUID[] ids = new UUID[batch.size()];
		Timestamp[] at = new Timestamp[batch.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = batch.get(i).id();
			at[i] = Timestamp.from(batch.get(i).at());
		}
		this.transactions.executeWithoutResult(status -> {
			// Lost completions are redelivered (see the class comment): no need to wait
			// for the disk.
			this.jdbc.execute("set local synchronous_commit to off");
			this.jdbc.update(connection -> {
				var statement = connection.prepareStatement(this.complete);
				statement.setArray(1, connection.createArrayOf("uuid", ids));
				statement.setArray(2, connection.createArrayOf("timestamptz", at));
				return statement;
			});
		});
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private PendingPublications pendingOfCurrentTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		Object connection = TransactionSynchronizationManager.getResource(this.dataSource);
		PendingPublications pending = (PendingPublications) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			// An inner REQUIRES_NEW transaction has a connection of its own and inserts
			// directly; so does a publication made after the batch went in.
			return pending.connection == connection && pending.open ? pending : null;
		}
		pending = new PendingPublications(connection);
		TransactionSynchronizationManager.bindResource(this, pending);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	private record Completion(UUID id, Instant at) {
	}

	/** The publications of one transaction, inserted in one batch before it commits. */
	private final class PendingPublications implements TransactionSynchronization {

		private final List<TargetEventPublication> publications = new ArrayList<>();

		private final Object connection;

		private boolean open = true;

		PendingPublications(Object connection) {
			this.connection = connection;
		}

		void add(TargetEventPublication publication) {
			this.publications.add(publication);
		}

		@Override
		public int getOrder() {
			return LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			// Anything published after this point (by a later synchronization) is
			// inserted
			// directly.
			this.open = false;
			Map<Object, String> serialized = new IdentityHashMap<>();
			List<Object[]> rows = new ArrayList<>(this.publications.size());
			for (TargetEventPublication publication : this.publications) {
				Object event = publication.getEvent();
				String json = serialized.computeIfAbsent(event, e -> serializer.serialize(e).toString());
				rows.add(new Object[] { publication.getIdentifier(), event.getClass().getName(),
						publication.getTargetIdentifier().getValue(), Timestamp.from(publication.getPublicationDate()),
						json, publication.getStatus().name(), publication.getCompletionAttempts(),
						publication.getLastResubmissionDate() == null ? null
								: Timestamp.from(publication.getLastResubmissionDate()) });
			}
			jdbc.batchUpdate(insert, rows);
		}

		@Override
		public void afterCompletion(int status) {
			this.open = false;
			TransactionSynchronizationManager.unbindResourceIfPossible(BatchedPublicationRepository.this);
		}

	}

}
