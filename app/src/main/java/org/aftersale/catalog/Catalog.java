package org.aftersale.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.aftersale.kernel.StoreId;
import org.aftersale.stores.StoreDirectory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes products in from any source exactly once: a product is identified by its store,
 * source and external id, a replay changes nothing, and an older version of a product
 * never replaces a newer one. Prices are read in the store's currency.
 */
@Service
public class Catalog {

	/** What taking in one submission did. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED, STALE

	}

	/** The product after intake and what happened to it. */
	public record Result(Product product, Outcome outcome) {
	}

	private final Products products;

	private final StoreDirectory stores;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Catalog(Products products, StoreDirectory stores, Clock clock, TransactionTemplate transactions) {
		this.products = products;
		this.stores = stores;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Creates or updates the product that the submission describes, its prices read in
	 * the store's currency.
	 * @throws org.aftersale.kernel.InvalidInputException when the submission is invalid;
	 * nothing is stored
	 * @throws org.aftersale.kernel.NotFoundException when the store does not exist
	 */
	public Result submit(StoreId storeId, ProductSubmission submission) {
		Currency currency = stores.get(storeId).currency();
		submission.validate(currency);
		return retryingRace(() -> transactions.execute(status -> upsert(storeId, submission, currency)));
	}

	// A unique-key race aborts the PostgreSQL transaction, so the retry must run in a
	// fresh one; the second attempt finds the winner's row and becomes an update.
	private static <T> T retryingRace(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ConcurrentProductException ex) {
			return work.get();
		}
	}

	private Result upsert(StoreId storeId, ProductSubmission submission, Currency currency) {
		Optional<UUID> existing = products.findIdBySource(storeId.value(), submission.source().strip(),
				submission.externalId().strip());
		if (existing.isEmpty()) {
			try {
				return new Result(products.save(Product.create(storeId, submission, currency, now())), Outcome.CREATED);
			}
			catch (DuplicateKeyException ex) {
				throw new ConcurrentProductException(ex);
			}
		}
		Product product = products.findById(existing.get()).orElseThrow();
		if (!product.isNewerThanKnown(submission.sourceUpdatedAt())) {
			return new Result(product, Outcome.STALE);
		}
		if (product.revise(submission, currency, now()).isEmpty()) {
			return new Result(product, Outcome.UNCHANGED);
		}
		return new Result(products.save(product), Outcome.UPDATED);
	}

	/**
	 * Two requests raced to create the same product; the caller retries and the retry
	 * sees the winner's row.
	 */
	static class ConcurrentProductException extends OptimisticLockingFailureException {

		ConcurrentProductException(Throwable cause) {
			super("product was created concurrently", cause);
		}

	}

	// PostgreSQL keeps microseconds: what a write answers must equal what a later read
	// returns.
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
