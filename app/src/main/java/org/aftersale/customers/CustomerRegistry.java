package org.aftersale.customers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.stores.StoreDirectory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes customers in from any source exactly once: a customer is identified within a
 * store by e-mail address, and by the shop's id when the shop gave one. A replay changes
 * nothing, and an older version of a customer never replaces a newer one.
 */
@Service
public class CustomerRegistry {

	/** What taking in one submission did. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED, STALE

	}

	/** The customer after intake and what happened to them. */
	public record Result(Customer customer, Outcome outcome) {
	}

	private final Customers customers;

	private final StoreDirectory stores;

	private final Clock clock;

	private final TransactionTemplate transactions;

	CustomerRegistry(Customers customers, StoreDirectory stores, Clock clock, TransactionTemplate transactions) {
		this.customers = customers;
		this.stores = stores;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Creates or updates the customer that the submission describes. A submission with an
	 * external id finds the customer by it first, then by e-mail address.
	 * @throws InvalidInputException when the submission is invalid, or when it would give
	 * a customer the e-mail address of another customer of the store; nothing is stored
	 */
	public Result submit(StoreId storeId, CustomerSubmission submission) {
		submission.validate();
		return retryingRace(() -> transactions.execute(status -> upsert(storeId, submission)));
	}

	// A unique-key race aborts the PostgreSQL transaction, so the retry must run in a
	// fresh one; the second attempt finds the winner's row and becomes an update.
	private static <T> T retryingRace(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ConcurrentCustomerException ex) {
			return work.get();
		}
	}

	private Result upsert(StoreId storeId, CustomerSubmission submission) {
		Optional<UUID> existing = find(storeId, submission);
		if (existing.isEmpty()) {
			try {
				Customer created = Customer.register(storeId, submission, stores.get(storeId).currency(), now());
				return new Result(customers.save(created), Outcome.CREATED);
			}
			catch (DuplicateKeyException ex) {
				throw new ConcurrentCustomerException(ex);
			}
		}
		Customer customer = customers.findById(existing.get()).orElseThrow();
		if (!customer.isNewerThanKnown(submission.sourceUpdatedAt())) {
			return new Result(customer, Outcome.STALE);
		}
		if (customer.revise(submission, now()).isEmpty()) {
			return new Result(customer, Outcome.UNCHANGED);
		}
		return new Result(customers.save(customer), Outcome.UPDATED);
	}

	private Optional<UUID> find(StoreId storeId, CustomerSubmission submission) {
		String email = submission.emailAddress().value();
		String externalId = submission.externalRef();
		Optional<UUID> byReference = externalId == null ? Optional.empty()
				: customers.lockIdBySource(storeId.value(), submission.source().strip(), externalId);
		Optional<UUID> byEmail = customers.lockIdByEmail(storeId.value(), email);
		if (byReference.isPresent() && byEmail.isPresent() && !byReference.equals(byEmail)) {
			throw new InvalidInputException("email", "belongs to another customer of this store");
		}
		return byReference.or(() -> byEmail);
	}

	/**
	 * Two requests raced to create the same customer; the caller retries and the retry
	 * sees the winner's row.
	 */
	static class ConcurrentCustomerException extends OptimisticLockingFailureException {

		ConcurrentCustomerException(Throwable cause) {
			super("customer was created concurrently", cause);
		}

	}

	// PostgreSQL keeps microseconds: what a write answers must equal what a later read
	// returns.
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
