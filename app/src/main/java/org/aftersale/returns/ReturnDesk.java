package org.aftersale.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.aftersale.locations.Location;
import org.aftersale.locations.LocationDirectory;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.Refund;
import org.aftersale.orders.RefundExceedsPaymentException;
import org.aftersale.orders.RefundSubmission;
import org.aftersale.returns.policy.ItemDecision;
import org.aftersale.returns.policy.Outcome;
import org.aftersale.returns.policy.PolicyEngine;
import org.aftersale.returns.policy.Resolution;
import org.aftersale.returns.policy.ReturnCase;
import org.aftersale.returns.policy.ReturnMethod;
import org.aftersale.returns.policy.ReturnPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Returns from request to resolution: what an order's items may be returned for, a new
 * return decided again on the server under the published policy, and each step the team
 * takes, recorded with who took it. Two people acting on the same return at once: one
 * wins, the other is told.
 */
@Service
public class ReturnDesk {

	public static final int MAX_LIMIT = 200;

	private static final Set<String> CONDITIONS = Set.of("new", "used", "damaged", "missing");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<ReturnMethod> METHOD_PREFERENCE = List.of(ReturnMethod.MAIL, ReturnMethod.QR_DROPOFF,
			ReturnMethod.IN_STORE, ReturnMethod.OWN_SHIPPING, ReturnMethod.KEEP_ITEM);

	private final ReturnCases cases;

	private final ReturnPolicies policies;

	private final Returns returns;

	private final ReturnActivity activity;

	private final LocationDirectory locations;

	private final OrderIntake orders;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReturnDesk(ReturnCases cases, ReturnPolicies policies, Returns returns, ReturnActivity activity,
			LocationDirectory locations, OrderIntake orders, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.policies = policies;
		this.returns = returns;
		this.activity = activity;
		this.locations = locations;
		this.orders = orders;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every line of the order with what the published policy offers for it today. */
	@Transactional(readOnly = true)
	public List<ReturnableItem> returnable(StoreId storeId, OrderId orderId) {
		return returnable(storeId, orderId, policies.published(storeId));
	}

	/**
	 * The simulator's dry run: every line of the order with what {@code policy} (a draft)
	 * would offer for it today, and why. Nothing is created.
	 */
	@Transactional(readOnly = true)
	public List<ReturnableItem> returnable(StoreId storeId, OrderId orderId, ReturnPolicy policy) {
		OrderCases order = cases.of(storeId, orderId, clock.instant());
		return order.lines()
			.stream()
			.map(l -> new ReturnableItem(l.line(), l.returnCase().item().quantityReturnable(),
					l.taken() < l.line().quantity() ? l.line().refundMinor(l.taken(), 1, order.order().taxesIncluded())
							: 0,
					order.order().currency(), PolicyEngine.decide(policy, l.returnCase(), order.today())))
			.toList();
	}

	/**
	 * Decides the submission item by item under the published policy and, if every item
	 * may be returned as asked, creates the return: approved, or pending review when a
	 * rule says so.
	 * @throws ReturnDenied with the reason per item; nothing is created
	 * @throws NotFoundException when the order is not the store's
	 */
	@Transactional
	public Return request(StoreId storeId, ReturnSubmission submission, String actor) {
		lockOrder(submission.orderId());
		if (submission.requestKey() != null) {
			Optional<Return> earlier = returns.findByRequestKey(storeId.value(), submission.requestKey());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		Instant now = clock.instant();
		Return created = prepare(storeId, submission, now);
		Return saved = returns.save(created);
		activity.add(saved.id(), now, actor, "requested",
				saved.items().size() + " item(s) for " + saved.resolution().wireName().replace('_', ' ') + " by "
						+ saved.method().wireName().replace('_', ' '));
		if (saved.status() == ReturnStatus.APPROVED) {
			activity.add(saved.id(), now, "policy v" + saved.policyVersion(), "approved",
					"allowed by the return policy");
		}
		return saved;
	}

	/**
	 * What the return would be, decided and priced exactly as {@link #request} would,
	 * without creating it: the breakdown a shopper sees before submitting.
	 * @throws ReturnDenied with the reason per item
	 */
	@Transactional(readOnly = true)
	public Return quote(StoreId storeId, ReturnSubmission submission) {
		return prepare(storeId, submission, clock.instant());
	}

	private Return prepare(StoreId storeId, ReturnSubmission submission, Instant now) {
		OrderCases order = cases.of(storeId, submission.orderId(), now);
		ReturnPolicy policy = policies.published(storeId);
		List<FieldProblem> problems = new ArrayList<>();
		Resolution resolution = submission.resolution() == null ? null
				: Resolution.fromWire(submission.resolution()).orElse(null);
		if (resolution == null) {
			problems.add(new FieldProblem("resolution", "must be refund, store_credit or exchange"));
		}
		if (submission.items().isEmpty()) {
			problems.add(new FieldProblem("items", "choose at least one item"));
		}
		List<Decided> decided = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < submission.items().size(); i++) {
			ReturnSubmission.Item item = submission.items().get(i);
			String at = "items[" + i + "]";
			OrderCases.LineCase line = item.lineItemId() == null ? null : order.line(item.lineItemId()).orElse(null);
			if (line == null) {
				problems.add(new FieldProblem(at + ".lineItemId", "is not a line of this order"));
				continue;
			}
			if (!seen.add(item.lineItemId())) {
				problems.add(new FieldProblem(at + ".lineItemId", "appears twice"));
				continue;
			}
			long left = line.returnCase().item().quantityReturnable();
			if (item.quantity() < 1 || item.quantity() > left) {
				problems.add(new FieldProblem(at + ".quantity", "at most " + left + " can be returned"));
				continue;
			}
			if (item.reason() == null || policy.reason(item.reason()).isEmpty()) {
				problems.add(new FieldProblem(at + ".reason", "choose one of the reasons offered"));
				continue;
			}
			if (item.subReason() != null && policy.reason(item.reason())
				.map(r -> r.subReasons().stream().noneMatch(s -> s.code().equals(item.subReason())))
				.orElse(true)) {
				problems.add(new FieldProblem(at + ".subReason", "is not one of the reason's finer reasons"));
				continue;
			}
			if (item.condition() != null && !CONDITIONS.contains(item.condition())) {
				problems.add(new FieldProblem(at + ".condition", "must be new, used, damaged or missing"));
				continue;
			}
			if (item.comment() != null && item.comment().length() > 1000) {
				problems.add(new FieldProblem(at + ".comment", "at most 1000 characters"));
				continue;
			}
			ReturnCase asked = line.returnCase()
				.with(new ReturnCase.Request(item.reason(), item.subReason(), item.condition(), item.quantity(),
						resolution));
			ItemDecision decision = PolicyEngine.decide(policy, asked, order.today());
			if (decision.outcome() == Outcome.DENY) {
				problems
					.add(new FieldProblem(at, decision.message() == null ? "cannot be returned" : decision.message()));
				continue;
			}
			decided.add(new Decided(line, item, decision));
		}
		ReturnMethod method = problems.isEmpty() ? method(submission.method(), decided, problems) : null;
		if (!problems.isEmpty()) {
			throw new ReturnDenied(problems);
		}
		boolean taxesIncluded = order.order().taxesIncluded();
		ReturnAmounts amounts = ReturnQuote.of(decided.stream()
			.map(d -> new ReturnQuote.Part(d.line().line(), d.line().taken(), d.item().quantity(), d.decision().fees()))
			.toList(), taxesIncluded, resolution, method, order.order().currency());
		List<ReturnItem> items = decided.stream()
			.map(d -> new ReturnItem(d.line().line().lineId(), d.line().line().sku(), d.line().line().title(),
					d.item().quantity(), d.item().reason(), d.item().subReason(), d.item().comment(),
					d.line().line().refundMinor(d.line().taken(), 1, taxesIncluded),
					d.line().line().refundMinor(d.line().taken(), d.item().quantity(), taxesIncluded), 0, null, null,
					d.decision().outcome(), JSON.writeValueAsString(d.decision().explanation())))
			.toList();
		return Return.request(storeId, submission.orderId(), number(storeId, order), resolution, method,
				order.order().customerEmail(), order.order().currency(), policy.version(), amounts,
				destination(storeId, decided), submission.requestKey(), items, now);
	}

	@Transactional
	public Return approve(StoreId storeId, UUID returnId, String actor) {
		return step(storeId, returnId, actor, "approved", null, r -> r.approve(clock.instant()));
	}

	@Transactional
	public Return reject(StoreId storeId, UUID returnId, String actor, @Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new InvalidInputException("reason", "give the shopper a reason of at most 500 characters");
		}
		return step(storeId, returnId, actor, "rejected", why, r -> r.reject(why, clock.instant()));
	}

	/** The parcel with the items was handed to the carrier (its first scan). */
	@Transactional
	public Return markInTransit(StoreId storeId, UUID returnId, String actor) {
		return step(storeId, returnId, actor, "in_transit", null, r -> r.ship(clock.instant()));
	}

	/** Approved but never sent within the store's time: the return lapses. */
	@Transactional
	public Return expire(StoreId storeId, UUID returnId, String actor) {
		return step(storeId, returnId, actor, "expired", null, r -> r.expire(clock.instant()));
	}

	/**
	 * The carrier delivered the parcel to the store; the team still receives the items.
	 * @return whether this was news (a second delivery report is not)
	 */
	@Transactional
	public boolean arrived(StoreId storeId, UUID returnId, Instant at) {
		Return loaded = get(storeId, returnId);
		if (!loaded.arrive(at, clock.instant())) {
			return false;
		}
		returns.save(loaded);
		activity.add(returnId, clock.instant(), "carrier", "arrived", "the parcel was delivered to the store");
		return true;
	}

	/**
	 * Adds a line to the return's timeline: an internal note of the team, or something
	 * that needs its attention.
	 * @throws InvalidInputException for an empty note or one over 1000 characters
	 */
	@Transactional
	public void note(StoreId storeId, UUID returnId, String actor, String kind, String text) {
		get(storeId, returnId);
		String note = text == null ? "" : text.strip();
		if (note.isEmpty() || note.length() > 1000) {
			throw new InvalidInputException("note", "write a note of at most 1000 characters");
		}
		activity.add(returnId, clock.instant(), actor, kind, note);
	}

	/**
	 * The shop carried out the return's refund, or would not: the team is told, and can
	 * ask for it to be tried again.
	 */
	@Transactional
	public void refundSettled(StoreId storeId, UUID returnId, @Nullable String shopRefundId, @Nullable String problem) {
		Return loaded = get(storeId, returnId);
		loaded.attention(problem == null ? null : "The refund failed in the shop: " + problem, clock.instant());
		returns.save(loaded);
		activity.add(returnId, clock.instant(), "shop", problem == null ? "refunded_in_shop" : "refund_failed",
				problem == null ? "the shop refunded it (refund " + shopRefundId + ")" : problem);
	}

	/**
	 * Asks the shop again for a refund it refused.
	 * @throws ReturnTransitionRefused when the return has no refund waiting for the shop
	 */
	@Transactional
	public void retryRefund(StoreId storeId, UUID returnId, String actor) {
		Return loaded = get(storeId, returnId);
		if (loaded.refundId() == null || loaded.attention() == null) {
			throw new ReturnTransitionRefused("Return " + loaded.number() + " has no refund to try again.");
		}
		try {
			orders.retryRefund(storeId, loaded.orderId(), loaded.refundId());
		}
		catch (org.aftersale.kernel.ConflictException ex) {
			throw new ReturnTransitionRefused(ex.getMessage());
		}
		activity.add(returnId, clock.instant(), actor, "refund_retried", "the refund is asked of the shop again");
	}

	@Transactional
	public Return cancel(StoreId storeId, UUID returnId, String actor) {
		return step(storeId, returnId, actor, "cancelled", null, r -> r.cancel(clock.instant()));
	}

	/**
	 * The items came in, line by line.
	 * @throws InvalidInputException for units the return does not hold
	 */
	@Transactional
	public Return receive(StoreId storeId, UUID returnId, String actor, Map<UUID, Return.Received> received) {
		try {
			return step(storeId, returnId, actor, "received",
					received.values().stream().mapToLong(Return.Received::quantity).sum() + " unit(s) received",
					r -> r.receive(received, clock.instant()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("items", ex.getMessage());
		}
	}

	/**
	 * Settles the return. A refund is recorded on the order, never more than was paid:
	 * for a received return, of the units that came in (their share of what the return
	 * gives back, less the fees), otherwise of every unit. Store credit and exchanges are
	 * issued by the credit capability from {@link ReturnStatusChanged}; until it exists,
	 * resolving them records the resolution only.
	 */
	@Transactional
	public Return resolve(StoreId storeId, UUID returnId, String actor) {
		return resolve(storeId, returnId, actor, null);
	}

	/**
	 * Settles the return, refunding {@code override}'s amount instead of the worked-out
	 * one when the team gives one, with its reason on the timeline.
	 * @throws InvalidInputException for an override of anything but a refund, or more
	 * than the order can still give back
	 */
	@Transactional
	public Return resolve(StoreId storeId, UUID returnId, String actor, @Nullable RefundOverride override) {
		Return before = get(storeId, returnId);
		if (override != null && (before.resolution() != Resolution.REFUND
				|| !override.amount().currency().equals(before.currency()))) {
			throw new InvalidInputException("refundAmount",
					"only a refund's amount can be changed, in " + before.currency().getCurrencyCode());
		}
		boolean received = before.status() == ReturnStatus.RECEIVED;
		Return resolved = step(storeId, returnId, actor, "resolved", null, r -> r.resolve(clock.instant()));
		if (resolved.resolution() != Resolution.REFUND || (resolved.amounts().refundMinor() == 0 && override == null)) {
			return resolved;
		}
		List<RefundSubmission.Line> lines = resolved.items()
			.stream()
			.filter(i -> !received || i.receivedQuantity() > 0)
			.map(i -> new RefundSubmission.Line(null, i.lineId(), received ? i.receivedQuantity() : i.quantity(), null,
					null, "restock".equals(i.disposition())))
			.toList();
		boolean whole = !received || resolved.items().stream().allMatch(i -> i.receivedQuantity() == i.quantity());
		long receivedValue = resolved.items()
			.stream()
			.mapToLong(i -> i.refundMinor() * i.receivedQuantity() / i.quantity())
			.sum();
		long worked = whole ? resolved.amounts().refundMinor()
				: Math.max(0, receivedValue - resolved.amounts().feesMinor());
		long amount = override == null ? worked : override.amount().minorUnits();
		if (override != null) {
			activity.add(resolved.id(), clock.instant(), actor, "refund_changed", "refund " + override.amount()
					+ " instead of " + new Money(worked, resolved.currency()) + ": " + override.reason());
		}
		if (lines.isEmpty() || amount == 0) {
			return resolved;
		}
		Order order;
		try {
			order = orders.refund(storeId, resolved.orderId(),
					new RefundSubmission(null, new Money(amount, resolved.currency()).toString(),
							"Return " + resolved.number(), clock.instant(), lines, RefundSubmission.Origin.AFTERSALE));
		}
		catch (RefundExceedsPaymentException ex) {
			throw new InvalidInputException(ex.field(), ex.getMessage());
		}
		// The order's newest refund of ours is the one just made, under its row lock.
		Refund made = order.refunds().get(order.refunds().size() - 1);
		resolved.refunded(made.refundId(), clock.instant());
		return returns.save(resolved);
	}

	/**
	 * @throws NotFoundException for an unknown id or another store's
	 */
	@Transactional(readOnly = true)
	public Return get(StoreId storeId, UUID returnId) {
		return returns.findInStore(storeId.value(), returnId).orElseThrow(() -> new NotFoundException("return"));
	}

	@Transactional(readOnly = true)
	public KeysetPage<Return> list(StoreId storeId, @Nullable OrderId orderId, @Nullable ReturnStatus status,
			@Nullable String cursor, int limit) {
		PageCursor after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
		List<UUID> ids = returns.findPageIds(storeId.value(), orderId == null ? null : orderId.value(),
				status == null ? null : status.name(), after == null ? null : after.at(),
				after == null ? null : after.id(), limit + 1);
		return KeysetPage.of(returns.findAllInStore(storeId.value(), ids), limit,
				r -> new PageCursor(r.createdAt(), r.id()));
	}

	private Return step(StoreId storeId, UUID returnId, String actor, String kind, @Nullable String detail,
			java.util.function.Consumer<Return> change) {
		Return loaded = get(storeId, returnId);
		change.accept(loaded);
		Return saved;
		try {
			saved = returns.save(loaded);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ReturnTransitionRefused(
					"Someone else changed return " + loaded.number() + " a moment ago; reload it and try again.");
		}
		activity.add(saved.id(), clock.instant(), actor, kind, detail);
		return saved;
	}

	private static @Nullable ReturnMethod method(@Nullable String asked, List<Decided> decided,
			List<FieldProblem> problems) {
		Set<ReturnMethod> offered = EnumSet.allOf(ReturnMethod.class);
		decided.forEach(d -> offered.retainAll(d.decision().methods()));
		if (asked != null) {
			ReturnMethod method = ReturnMethod.fromWire(asked).orElse(null);
			if (method == null || !offered.contains(method)) {
				problems.add(new FieldProblem("method",
						"choose one of " + String.join(", ", offered.stream().map(ReturnMethod::wireName).toList())));
			}
			return method;
		}
		for (ReturnMethod preferred : METHOD_PREFERENCE) {
			if (offered.contains(preferred)) {
				return preferred;
			}
		}
		problems.add(new FieldProblem("method", "these items have no return method in common; return them apart"));
		return null;
	}

	// Where the items go: a rule's destination, else the first location that takes
	// returns.
	private @Nullable UUID destination(StoreId storeId, List<Decided> decided) {
		for (Decided d : decided) {
			if (d.decision().destination() != null) {
				return d.decision().destination();
			}
		}
		List<Location> accepting = locations.acceptingReturns(storeId);
		return accepting.isEmpty() ? null : accepting.get(0).id().value();
	}

	// Numbered after the order number; orders of two sources may share a number, so the
	// count is of every return numbered after it in the store.
	private String number(StoreId storeId, OrderCases order) {
		String base = order.order().number();
		String pattern = base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-R%";
		return base + "-R" + (returns.countNumbered(storeId.value(), pattern) + 1);
	}

	// Two returns of the same order at once take turns, so that together they never
	// take more units than the order has.
	private void lockOrder(OrderId orderId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('returns.order:' || :order, 0))")
			.param("order", orderId.value().toString())
			.query()
			.singleRow();
	}

	private record Decided(OrderCases.LineCase line, ReturnSubmission.Item item, ItemDecision decision) {
	}

}
