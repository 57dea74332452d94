package org.aftersale.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes orders in from any source exactly once: an order is identified by its store,
 * source and external id, a replay changes nothing, and an older version of an order
 * never replaces a newer one.
 */
@Service
public class OrderIntake {

	/** What taking in one submission did. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED, STALE

	}

	/** The order after intake and what happened to it. */
	public record Result(Order order, Outcome outcome) {
	}

	private final Orders orders;

	private final Clock clock;

	private final TransactionTemplate transactions;

	OrderIntake(Orders orders, Clock clock, TransactionTemplate transactions) {
		this.orders = orders;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Creates or updates the order that the submission describes.
	 * @throws org.aftersale.kernel.InvalidInputException when the submission is invalid;
	 * nothing is stored
	 */
	public Result submit(StoreId storeId, OrderSubmission submission) {
		submission.validate();
		return retryingRace(() -> transactions.execute(status -> upsert(storeId, submission)));
	}

	/**
	 * Takes in many submissions in one transaction; they must have been validated. Used
	 * by batch imports, where one transaction per order would cost more than the work
	 * itself.
	 */
	public List<Result> submitAll(StoreId storeId, List<OrderSubmission> validated) {
		return retryingRace(
				() -> transactions.execute(status -> validated.stream().map(s -> upsert(storeId, s)).toList()));
	}

	// A unique-key race aborts the PostgreSQL transaction, so the retry must run in a
	// fresh one; the second attempt
	// finds the winner's row and becomes an update.
	private static <T> T retryingRace(java.util.function.Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ConcurrentIntakeException ex) {
			return work.get();
		}
	}

	private Result upsert(StoreId storeId, OrderSubmission submission) {
		Optional<UUID> existing = orders.findIdBySource(storeId.value(), submission.source(), submission.externalId());
		if (existing.isEmpty()) {
			try {
				return new Result(orders.save(Order.place(storeId, submission, clock.instant())), Outcome.CREATED);
			}
			catch (DuplicateKeyException ex) {
				// Another request created it a moment ago; it is the same order, so treat
				// this one as an update.
				throw new ConcurrentIntakeException(ex);
			}
		}
		Order order = orders.findById(existing.get()).orElseThrow();
		if (!order.isNewerThanKnown(submission.sourceUpdatedAt())) {
			return new Result(order, Outcome.STALE);
		}
		if (order.revise(submission, clock.instant()).isEmpty()) {
			return new Result(order, Outcome.UNCHANGED);
		}
		return new Result(orders.save(order), Outcome.UPDATED);
	}

	@Transactional
	public Optional<Order> cancel(StoreId storeId, String source, String externalId, @Nullable String reason,
			Instant at) {
		return orders.findIdBySource(storeId.value(), source, externalId).flatMap(orders::findById).map(order -> {
			if (order.cancel(reason, at, clock.instant())) {
				return orders.save(order);
			}
			return order;
		});
	}

	/**
	 * Records a fulfilment of an order identified by its shop keys.
	 * @return the order, or empty when the order is not known (yet)
	 */
	@Transactional
	public Optional<Order> recordFulfilment(StoreId storeId, String source, String externalId,
			FulfilmentSubmission fulfilment) {
		fulfilment.validate();
		return orders.findIdBySource(storeId.value(), source, externalId).flatMap(orders::findById).map(order -> {
			if (order.recordFulfilment(fulfilment, clock.instant())) {
				return orders.save(order);
			}
			return order;
		});
	}

	@Transactional
	public Order recordFulfilment(StoreId storeId, OrderId orderId, FulfilmentSubmission fulfilment) {
		fulfilment.validate();
		Order order = load(storeId, orderId);
		if (order.recordFulfilment(fulfilment, clock.instant())) {
			return orders.save(order);
		}
		return order;
	}

	@Transactional
	public Optional<Order> recordRefund(StoreId storeId, String source, String externalId,
			@Nullable String refundExternalId, String amount, @Nullable String note, Instant at) {
		return orders.findIdBySource(storeId.value(), source, externalId).flatMap(orders::findById).map(order -> {
			if (order.recordRefund(refundExternalId, Money.parse(amount, order.currency()), note, at,
					clock.instant())) {
				return orders.save(order);
			}
			return order;
		});
	}

	private Order load(StoreId storeId, OrderId orderId) {
		return orders.findIdInStore(storeId.value(), orderId.value())
			.flatMap(orders::findById)
			.orElseThrow(() -> new NotFoundException("order"));
	}

	/**
	 * Two requests raced to create the same order; the caller retries and the retry sees
	 * the winner's row.
	 */
	public static class ConcurrentIntakeException extends OptimisticLockingFailureException {

		ConcurrentIntakeException(Throwable cause) {
			super("order was created concurrently", cause);
		}

	}

}
