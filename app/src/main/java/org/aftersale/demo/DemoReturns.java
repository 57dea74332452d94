package org.aftersale.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.returns.LabelDesk;
import org.aftersale.returns.Return;
import org.aftersale.returns.ReturnDesk;
import org.aftersale.returns.ReturnPolicies;
import org.aftersale.returns.ReturnStatus;
import org.aftersale.returns.ReturnSubmission;
import org.aftersale.returns.ReturnableItem;
import org.aftersale.returns.policy.Condition;
import org.aftersale.returns.policy.Fee;
import org.aftersale.returns.policy.Match;
import org.aftersale.returns.policy.Outcome;
import org.aftersale.returns.policy.Resolution;
import org.aftersale.returns.policy.ReturnPolicy;
import org.aftersale.returns.policy.Rule;
import org.aftersale.returns.policy.RuleActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The demo store's returns: a policy of its own (expensive items reviewed, a restocking
 * fee waived for damaged items), and returns of recently delivered orders in every
 * status, so that the queue, a return's page and the figures have something to show.
 */
@Component
class DemoReturns {

	private static final Logger log = LoggerFactory.getLogger(DemoReturns.class);

	private static final String TEAM = "demo@northwind.example";

	private static final List<String> REASONS = List.of("too_small", "too_large", "not_as_described", "damaged",
			"changed_mind", "wrong_item");

	private final ReturnDesk desk;

	private final ReturnPolicies policies;

	private final LabelDesk labels;

	DemoReturns(ReturnDesk desk, ReturnPolicies policies, LabelDesk labels) {
		this.desk = desk;
		this.policies = policies;
		this.labels = labels;
	}

	void seed(StoreId storeId, List<OrderId> orderIds) {
		policies.saveDraft(storeId, policy());
		policies.publish(storeId);
		List<ReturnStatus> wanted = new ArrayList<>(List.of(ReturnStatus.PENDING_REVIEW, ReturnStatus.REJECTED,
				ReturnStatus.APPROVED, ReturnStatus.IN_TRANSIT, ReturnStatus.RECEIVED, ReturnStatus.RESOLVED,
				ReturnStatus.RESOLVED, ReturnStatus.CANCELLED, ReturnStatus.EXPIRED));
		Map<ReturnStatus, Integer> made = new LinkedHashMap<>();
		int n = 0;
		for (int i = orderIds.size() - 1; i >= 0 && !wanted.isEmpty(); i--) {
			OrderId orderId = orderIds.get(i);
			ReturnableItem item = desk.returnable(storeId, orderId)
				.stream()
				.filter(r -> r.decision().outcome() != Outcome.DENY && r.quantityReturnable() > 0)
				.findFirst()
				.orElse(null);
			if (item == null) {
				continue;
			}
			boolean review = item.decision().outcome() == Outcome.REVIEW;
			// Reviewed items go to the statuses only a review reaches first.
			ReturnStatus target = wanted.stream()
				.filter(s -> review == Set.of(ReturnStatus.PENDING_REVIEW, ReturnStatus.REJECTED).contains(s))
				.findFirst()
				.orElse(null);
			if (target == null) {
				continue;
			}
			wanted.remove(target);
			Resolution resolution = n % 3 == 2 ? Resolution.STORE_CREDIT : Resolution.REFUND;
			Return created = desk.request(storeId, new ReturnSubmission(orderId,
					List.of(new ReturnSubmission.Item(item.line().lineId(), 1, REASONS.get(n % REASONS.size()), null,
							n % 2 == 0 ? "Ordered my usual size" : null, null)),
					resolution.wireName(), null), "shopper");
			moveTo(storeId, created, target);
			made.merge(target, 1, Integer::sum);
			n++;
		}
		log.info("Demo returns: {}", made);
	}

	private void moveTo(StoreId storeId, Return created, ReturnStatus target) {
		var id = created.id();
		if (target == ReturnStatus.PENDING_REVIEW) {
			return;
		}
		if (target == ReturnStatus.REJECTED) {
			desk.reject(storeId, id, TEAM, "The photos show the item was worn.");
			return;
		}
		if (created.status() == ReturnStatus.PENDING_REVIEW) {
			desk.approve(storeId, id, TEAM);
		}
		if (target != ReturnStatus.CANCELLED && target != ReturnStatus.EXPIRED) {
			// The demo has no label provider: the team's own label, as a merchant without
			// one would upload.
			String tracking = "1ZDEMO"
					+ String.format("%010d", Math.abs(id.getMostSignificantBits() % 10_000_000_000L));
			labels.upload(storeId, id, DemoLabel.pdf(DemoStore.NAME, created.number(), tracking), tracking, "ups",
					TEAM);
		}
		switch (target) {
			case IN_TRANSIT -> desk.markInTransit(storeId, id, "carrier");
			case RECEIVED, RESOLVED -> {
				Map<java.util.UUID, Return.Received> received = new LinkedHashMap<>();
				created.items().forEach(i -> received.put(i.lineId(), Return.Received.of(i.quantity(), "new")));
				desk.receive(storeId, id, TEAM, received);
				if (target == ReturnStatus.RESOLVED) {
					desk.resolve(storeId, id, TEAM);
				}
			}
			case CANCELLED -> desk.cancel(storeId, id, "shopper");
			case EXPIRED -> desk.expire(storeId, id, "aftersale");
			default -> {
			}
		}
	}

	static ReturnPolicy policy() {
		ReturnPolicy standard = ReturnPolicy.standard();
		List<Rule> rules = new ArrayList<>(standard.rules());
		rules.add(new Rule("Expensive items are checked",
				new Match(List.of(new Condition("item.price", Condition.Operator.GT, List.of("100"))), List.of()),
				new RuleActions(Outcome.REVIEW, "Our team looks at returns of items over $100 within a day.", null,
						null, List.of(), null, null)));
		rules.add(new Rule("Restocking fee", Match.ALWAYS,
				new RuleActions(null, null, null, null, List
					.of(new Fee(Fee.Kind.RESTOCKING_PERCENT, new BigDecimal("10"), List.of("damaged", "wrong_item"))),
						null, null)));
		return new ReturnPolicy(0, standard.window(), standard.reasons(),
				EnumSet.of(Resolution.REFUND, Resolution.STORE_CREDIT), standard.methods(), rules, null, null);
	}

}
