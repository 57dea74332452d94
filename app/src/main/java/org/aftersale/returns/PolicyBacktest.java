package org.aftersale.returns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderPage;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderSearch;
import org.aftersale.returns.policy.ItemDecision;
import org.aftersale.returns.policy.Outcome;
import org.aftersale.returns.policy.PolicyEngine;
import org.aftersale.returns.policy.Resolution;
import org.aftersale.returns.policy.ReturnCase;
import org.aftersale.returns.policy.ReturnMethod;
import org.aftersale.returns.policy.ReturnPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays a period under the draft policy beside the published one, before the merchant
 * publishes it: of the orders placed in the period, which items become returnable or stop
 * being so (each judged the day after its parcel arrived); of the returns asked in the
 * period for those orders, which would have been denied or sent to review, and what fees
 * would have come to (in the orders' currency; a store selling in several currencies sees
 * the last one's sum); with examples to look at.
 */
@Service
public class PolicyBacktest {

	static final int BATCH = OrderQueries.MAX_SCAN;

	static final int EXAMPLES = 20;

	/**
	 * What the draft changes. Amounts are minor units of the store's orders' currency.
	 */
	public record Result(int publishedVersion, int draftVersion, long orders, long items, long returnableBefore,
			long returnableAfter, long becameReturnable, long becameNotReturnable, long returns, long returnsDenied,
			long returnsReviewed, long feesBeforeMinor, long feesAfterMinor, @Nullable String currency,
			List<Example> examples, long millis) {
	}

	/** One item or return whose decision the draft changes, with the draft's reasons. */
	public record Example(UUID orderId, String orderNumber, UUID lineItemId, @Nullable String sku, String title,
			String before, String after, @Nullable String message, List<ItemDecision.RuleTrace> fired,
			@Nullable String returnNumber) {
	}

	private final ReturnPolicies policies;

	private final ReturnCases cases;

	private final OrderQueries orders;

	private final JdbcClient jdbc;

	private final org.aftersale.stores.StoreDirectory stores;

	private final Clock clock;

	PolicyBacktest(ReturnPolicies policies, ReturnCases cases, OrderQueries orders, JdbcClient jdbc,
			org.aftersale.stores.StoreDirectory stores, Clock clock) {
		this.stores = stores;
		this.policies = policies;
		this.cases = cases;
		this.orders = orders;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInputException when there is no draft or the period is not one
	 */
	@Transactional(readOnly = true)
	public Result run(StoreId storeId, Instant from, Instant to) {
		long started = System.nanoTime();
		if (!to.isAfter(from)) {
			throw new InvalidInputException("to", "must be after from");
		}
		ReturnPolicy draft = policies.draft(storeId)
			.orElseThrow(() -> new InvalidInputException("draft", "save a draft policy to back-test it"));
		ReturnPolicy published = policies.published(storeId);
		boolean customers = draft.tests("customer.") || published.tests("customer.");
		Instant now = clock.instant();
		Tally tally = new Tally();
		Map<OrderId, List<PastReturn>> returned = pastReturns(storeId, from, to);
		String cursor = null;
		do {
			OrderPage<Order> page = orders.scanOrders(storeId,
					new OrderSearch(null, null, null, null, null, from, to, null, null), cursor, BATCH);
			for (OrderCases order : cases.of(storeId, page.items(), now, customers)) {
				tally.orders++;
				for (OrderCases.LineCase line : order.lines()) {
					items(tally, order, line, published, draft);
				}
				for (PastReturn past : returned.getOrDefault(order.order().id(), List.of())) {
					replay(tally, order, past, draft);
				}
			}
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return new Result(published.version(), draft.version(), tally.orders, tally.items, tally.returnableBefore,
				tally.returnableAfter, tally.became, tally.stopped, tally.returns, tally.denied, tally.reviewed,
				tally.feesBefore, tally.feesAfter, tally.currency, tally.examples,
				(System.nanoTime() - started) / 1_000_000);
	}

	// An item judged the day after it arrived (or left, or was ordered, when that is all
	// that is known), the first day a shopper could ask.
	private static void items(Tally tally, OrderCases order, OrderCases.LineCase line, ReturnPolicy published,
			ReturnPolicy draft) {
		ReturnCase.Item item = line.returnCase().item();
		LocalDate start = item.deliveredOn() != null ? item.deliveredOn()
				: item.shippedOn() != null ? item.shippedOn() : item.orderedOn();
		LocalDate day = start.plusDays(1);
		ReturnCase fresh = new ReturnCase(
				new ReturnCase.Item(item.lineId(), item.sku(), item.productType(), item.tags(), item.unitPaid(),
						item.discountPercent(), item.finalSale(), item.giftCard(), Math.max(1, line.line().quantity()),
						item.orderedOn(), item.shippedOn(), item.deliveredOn()),
				line.returnCase().order(), line.returnCase().customer(), null);
		ItemDecision before = PolicyEngine.decide(published, fresh, day);
		ItemDecision after = PolicyEngine.decide(draft, fresh, day);
		tally.items++;
		boolean was = before.outcome() != Outcome.DENY;
		boolean is = after.outcome() != Outcome.DENY;
		tally.returnableBefore += was ? 1 : 0;
		tally.returnableAfter += is ? 1 : 0;
		if (was != is) {
			if (is) {
				tally.became++;
			}
			else {
				tally.stopped++;
			}
			tally.example(order, line, before, after, null);
		}
	}

	// A past return asked again under the draft, on the day it was asked.
	private static void replay(Tally tally, OrderCases order, PastReturn past, ReturnPolicy draft) {
		tally.returns++;
		tally.currency = order.order().currency().getCurrencyCode();
		tally.feesBefore += past.feesMinor();
		Outcome worst = Outcome.ALLOW;
		List<ReturnQuote.Part> parts = new ArrayList<>();
		ReturnMethod method = ReturnMethod.fromWire(past.method().toLowerCase(java.util.Locale.ROOT))
			.orElse(ReturnMethod.MAIL);
		Resolution resolution = Resolution.fromWire(past.resolution().toLowerCase(java.util.Locale.ROOT))
			.orElse(Resolution.REFUND);
		for (PastItem item : past.items()) {
			OrderCases.LineCase line = order.line(item.lineId()).orElse(null);
			if (line == null) {
				continue;
			}
			ReturnCase.Item facts = line.returnCase().item();
			ReturnCase asked = new ReturnCase(
					new ReturnCase.Item(facts.lineId(), facts.sku(), facts.productType(), facts.tags(),
							facts.unitPaid(), facts.discountPercent(), facts.finalSale(), facts.giftCard(),
							Math.max(item.quantity(), 1), facts.orderedOn(), facts.shippedOn(), facts.deliveredOn()),
					line.returnCase().order(), line.returnCase().customer(), new ReturnCase.Request(item.reason(),
							item.subReason(), item.condition(), item.quantity(), resolution));
			ItemDecision after = PolicyEngine.decide(draft, asked, past.day());
			if (after.outcome().ordinal() > worst.ordinal()) {
				worst = after.outcome();
			}
			if (after.outcome() != Outcome.ALLOW) {
				tally.example(order, line, null, after, past.number());
			}
			parts.add(new ReturnQuote.Part(line.line(), 0, item.quantity(), after.fees()));
		}
		if (worst == Outcome.DENY) {
			tally.denied++;
		}
		else {
			if (worst == Outcome.REVIEW) {
				tally.reviewed++;
			}
			tally.feesAfter += ReturnQuote
				.of(parts, order.order().taxesIncluded(), resolution, method, order.order().currency())
				.feesMinor();
		}
	}

	private Map<OrderId, List<PastReturn>> pastReturns(StoreId storeId, Instant from, Instant to) {
		Map<UUID, PastReturn> byId = new LinkedHashMap<>();
		java.time.ZoneId zone = stores.get(storeId).zone();
		jdbc.sql("""
				select r.id, r.order_id, r.number, r.created_at, r.resolution, r.method, r.fees_minor,
				       i.line_id, i.quantity, i.reason, i.sub_reason, i.condition
				from returns.return_request r join returns.return_item i on i.return_id = r.id
				where r.store_id = :store and r.created_at >= :from and r.created_at < :to
				order by r.created_at, r.id, i.position
				""")
			.param("store", storeId.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				PastReturn past = byId.computeIfAbsent(id, k -> {
					try {
						return new PastReturn(new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("number"),
								LocalDate.ofInstant(rs.getTimestamp("created_at").toInstant(), zone),
								rs.getString("resolution"), rs.getString("method"), rs.getLong("fees_minor"),
								new ArrayList<>());
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
				past.items()
					.add(new PastItem(rs.getObject("line_id", UUID.class), rs.getLong("quantity"),
							rs.getString("reason"), rs.getString("sub_reason"), rs.getString("condition")));
				return id;
			})
			.list();
		Map<OrderId, List<PastReturn>> byOrder = new HashMap<>();
		byId.values().forEach(p -> byOrder.computeIfAbsent(p.orderId(), k -> new ArrayList<>()).add(p));
		return byOrder;
	}

	private record PastReturn(OrderId orderId, String number, LocalDate day, String resolution, String method,
			long feesMinor, List<PastItem> items) {
	}

	private record PastItem(UUID lineId, long quantity, String reason, @Nullable String subReason,
			@Nullable String condition) {
	}

	private static final class Tally {

		long orders;

		long items;

		long returnableBefore;

		long returnableAfter;

		long became;

		long stopped;

		long returns;

		long denied;

		long reviewed;

		long feesBefore;

		long feesAfter;

		@Nullable String currency;

		final List<Example> examples = new ArrayList<>();

		void example(OrderCases order, OrderCases.LineCase line, @Nullable ItemDecision before, ItemDecision after,
				@Nullable String returnNumber) {
			if (examples.size() >= EXAMPLES) {
				return;
			}
			examples.add(new Example(order.order().id().value(), order.order().number(), line.line().lineId(),
					line.line().sku(), line.line().title(), before == null ? "returned" : before.outcome().wireName(),
					after.outcome().wireName(), after.message(),
					after.explanation().stream().filter(ItemDecision.RuleTrace::fired).toList(), returnNumber));
		}

	}

}
