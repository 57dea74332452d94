package org.aftersale.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	OrderIntake(Orders orders, Clock clock, TransactionTemplate transactions, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.orders = orders;
		this.clock = clock;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Creates or updates the order that the submission describes.
	 * @throws org.aftersale.kernel.InvalidInputException when the submission is invalid;
	 * nothing is stored
	 */
	public Result submit(StoreId storeId, OrderSubmission submission) {
		submission.validate();
		return retryingRace(() -> transactions.execute(status -> {
			Result result = upsert(storeId, submission);
			if (result.outcome() == Outcome.CREATED) {
				announce(storeId, List.of(result.order()));
			}
			return result;
		}));
	}

	/**
	 * Takes in many submissions in one transaction; they must have been validated. Used
	 * by batch imports, where one transaction per order would cost more than the work
	 * itself.
	 */
	public List<Result> submitAll(StoreId storeId, List<OrderSubmission> validated) {
		return retryingRace(() -> transactions.execute(status -> {
			List<Result> results = upsertAll(storeId, validated);
			announce(storeId,
					results.stream().filter(result -> result.outcome() == Outcome.CREATED).map(Result::order).toList());
			return results;
		}));
	}

	// The placements of one transaction go out as one event; a cancellation that came
	// with an order follows its placement.
	private void announce(StoreId storeId, List<Order> created) {
		if (created.isEmpty()) {
			return;
		}
		events.publishEvent(new OrdersPlaced(storeId, created.stream().map(Order::placement).toList()));
		created.forEach(order -> order.cancellationAtPlacement().ifPresent(events::publishEvent));
	}

	private record SourceKey(String source, String externalId) {
	}

	// New orders are inserted together (batched statements), known ones go through the
	// single-order path.
	private List<Result> upsertAll(StoreId storeId, List<OrderSubmission> submissions) {
		Map<SourceKey, UUID> known = existingIds(storeId, submissions);
		List<Result> results = new ArrayList<>(Collections.nCopies(submissions.size(), null));
		Map<SourceKey, Integer> fresh = new LinkedHashMap<>();
		for (int i = 0; i < submissions.size(); i++) {
			OrderSubmission submission = submissions.get(i);
			SourceKey key = new SourceKey(submission.source(), submission.externalId());
			Integer earlier = fresh.get(key);
			if (earlier != null) {
				// The same order twice in one batch: store the first so the second
				// becomes an update of it.
				insert(fresh, results);
				known.put(key, results.get(earlier).order().id().value());
			}
			if (known.containsKey(key)) {
				results.set(i, revise(known.get(key), submission));
			}
			else {
				results.set(i, new Result(Order.place(storeId, submission, clock.instant()), Outcome.CREATED));
				fresh.put(key, i);
			}
		}
		insert(fresh, results);
		return results;
	}

	private void insert(Map<SourceKey, Integer> fresh, List<Result> results) {
		if (fresh.isEmpty()) {
			return;
		}
		List<Order> unsaved = fresh.values().stream().map(i -> results.get(i).order()).toList();
		for (boolean inserted : orders.insertNew(unsaved)) {
			if (!inserted) {
				// Created by another request since the look-up: start over, and it is
				// known then.
				throw new ConcurrentIntakeException(null);
			}
		}
		fresh.clear();
	}

	// Every column of the unique key (store, source, external id) is a condition of the
	// index scan, whatever the planner's statistics say: external ids alone would scan
	// the store's whole part of the index. A batch rarely mixes sources, so the cross
	// product of the two lists is barely larger than the pairs asked for; the rest is
	// dropped here.
	private Map<SourceKey, UUID> existingIds(StoreId storeId, List<OrderSubmission> submissions) {
		Set<SourceKey> keys = submissions.stream()
			.map(submission -> new SourceKey(submission.source(), submission.externalId()))
			.collect(Collectors.toSet());
		Map<SourceKey, UUID> known = new HashMap<>();
		jdbc.sql("""
				select source, external_id, id from orders.shop_order
				where store_id = :store and source = any(:sources::text[]) and external_id = any(:externalIds::text[])
				""")
			.param("store", storeId.value())
			.param("sources", keys.stream().map(SourceKey::source).distinct().toArray(String[]::new))
			.param("externalIds", keys.stream().map(SourceKey::externalId).distinct().toArray(String[]::new))
			.query(rs -> {
				SourceKey key = new SourceKey(rs.getString(1), rs.getString(2));
				if (keys.contains(key)) {
					known.put(key, rs.getObject(3, UUID.class));
				}
			});
		return known;
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

	// Most submissions are new orders: the insert goes first, and only an order whose
	// shop keys are taken already is looked up and updated.
	private Result upsert(StoreId storeId, OrderSubmission submission) {
		Order placed = Order.place(storeId, submission, clock.instant());
		if (orders.insertNew(List.of(placed))[0]) {
			return new Result(placed, Outcome.CREATED);
		}
		UUID existing = orders.findIdBySource(storeId.value(), submission.source(), submission.externalId())
			.orElseThrow(
					() -> new IllegalStateException("order " + submission.externalId() + " neither new nor found"));
		return revise(existing, submission);
	}

	private Result revise(UUID existing, OrderSubmission submission) {
		Order order = orders.findById(existing).orElseThrow();
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
	 * Cancels one of the store's orders on a person's word (the admin); the shop is not
	 * told.
	 * @return whether it was cancelled now (false when it already was)
	 * @throws NotFoundException when the order is not the store's
	 */
	@Transactional
	public boolean cancel(StoreId storeId, OrderId orderId, @Nullable String reason) {
		Order order = load(storeId, orderId);
		Instant now = clock.instant();
		if (!order.cancel(reason, now, now)) {
			return false;
		}
		orders.save(order);
		return true;
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

	/**
	 * Records a refund of the order its shop knows as {@code (source, externalId)}, once
	 * per refund id.
	 * @return the order, empty when it is not known yet
	 */
	@Transactional
	public Optional<Order> recordRefund(StoreId storeId, String source, String externalId, RefundSubmission refund) {
		return orders.findIdBySource(storeId.value(), source, externalId).flatMap(orders::findById).map(order -> {
			if (order.recordRefund(refund, clock.instant())) {
				return orders.save(order);
			}
			return order;
		});
	}

	/**
	 * Records a refund Aftersale makes (for a return), under the order's row lock, so
	 * that two refunds at once cannot together give back more than was paid.
	 * @throws RefundExceedsPaymentException when it would; nothing is recorded
	 * @throws NotFoundException when the order is not the store's
	 */
	@Transactional
	public Order refund(StoreId storeId, OrderId orderId, RefundSubmission refund) {
		UUID id = orders.lockInStore(storeId.value(), orderId.value())
			.orElseThrow(() -> new NotFoundException("order"));
		Order order = orders.findById(id).orElseThrow(() -> new NotFoundException("order"));
		order.recordRefund(refund, clock.instant());
		return orders.save(order);
	}

	/**
	 * Records what the shop made of a refund of ours: carried out (its id there) or
	 * refused (the shop's reason).
	 * @throws NotFoundException when the order is not the store's
	 */
	@Transactional
	public Order settleRefund(StoreId storeId, OrderId orderId, UUID refundId, @Nullable String shopRefundId,
			@Nullable String problem) {
		UUID id = orders.lockInStore(storeId.value(), orderId.value())
			.orElseThrow(() -> new NotFoundException("order"));
		Order order = orders.findById(id).orElseThrow(() -> new NotFoundException("order"));
		return order.settleRefund(refundId, shopRefundId, problem, clock.instant()) ? orders.save(order) : order;
	}

	/**
	 * Asks for a refund the shop refused to be tried there again.
	 * @throws NotFoundException when the order is not the store's or has no such refund
	 * @throws org.aftersale.kernel.ConflictException when the refund is not a failed one
	 */
	@Transactional
	public void retryRefund(StoreId storeId, OrderId orderId, UUID refundId) {
		Order order = load(storeId, orderId);
		Refund refund = order.refunds()
			.stream()
			.filter(r -> r.refundId().equals(refundId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("refund"));
		if (!Refund.FAILED.equals(refund.shopState())) {
			throw new org.aftersale.kernel.ConflictException("The refund is not one the shop refused.");
		}
		events.publishEvent(new RefundRetryRequested(storeId, orderId, refundId, clock.instant()));
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
