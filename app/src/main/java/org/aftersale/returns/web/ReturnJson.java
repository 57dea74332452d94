package org.aftersale.returns.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.returns.Return;
import org.aftersale.returns.ReturnLabel;
import org.aftersale.returns.ReturnActivity;
import org.aftersale.returns.ReturnAmounts;
import org.aftersale.returns.ReturnItem;
import org.aftersale.returns.ReturnableItem;
import org.aftersale.returns.policy.ItemDecision;
import org.aftersale.returns.policy.Outcome;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A return as the API shows it (the shape of ../shared/API.md), and an order's returnable
 * items.
 */
record ReturnJson(UUID id, String number, String status, UUID orderId, String resolution, String method,
		List<ItemJson> items, DecisionJson decision, AmountsJson amounts, @Nullable UUID destination,
		@Nullable UUID refundId, @Nullable String attention, @Nullable Instant arrivedAt, @Nullable LabelJson label,
		Instant createdAt, Instant updatedAt, @Nullable List<ActivityJson> timeline) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record ItemJson(UUID lineItemId, @Nullable String sku, String title, long quantity, String reason,
			@Nullable String subReason, @Nullable String comment, String unitPaid, String refund, String status,
			long receivedQuantity, @Nullable String condition, @Nullable String disposition) {
	}

	/**
	 * The policy's decision: approved or sent to review, with every rule and why, per
	 * item in order.
	 */
	record DecisionJson(String outcome, List<ItemDecision.RuleTrace> explanation, int policyVersion) {
	}

	record AmountsJson(String items, String discount, String tax, String fees, String shipping, String refund,
			String credit, String bonus, String currency) {
	}

	record ActivityJson(Instant at, String actor, String kind, @Nullable String detail) {
	}

	/**
	 * The return's label: {@code status} {@code prepared}, {@code bought}, {@code failed}
	 * (with the {@code problem}) or {@code voided}; {@code source} the provider or
	 * {@code upload}.
	 */
	record LabelJson(String status, String source, @Nullable String carrier, @Nullable String trackingNumber,
			@Nullable String labelUrl, @Nullable String qrCodeUrl, @Nullable String cost, @Nullable String problem) {

		static LabelJson of(ReturnLabel l) {
			return new LabelJson(l.status().name().toLowerCase(java.util.Locale.ROOT), l.source(), l.carrier(),
					l.trackingNumber(), l.labelUrl(), l.qrCodeUrl(), l.cost() == null ? null : l.cost().toString(),
					l.problem());
		}

	}

	record ReturnableJson(UUID lineItemId, @Nullable String sku, String title, long quantityPurchased,
			long quantityReturnable, @Nullable LocalDate returnableUntil, String unitPaid, List<String> resolutions,
			List<String> methods, @Nullable String reason, String outcome, List<ItemDecision.RuleTrace> explanation) {
	}

	static ReturnJson of(Return r, @Nullable List<ReturnActivity.Entry> timeline) {
		return of(r, null, timeline);
	}

	static ReturnJson of(Return r, @Nullable ReturnLabel label, @Nullable List<ReturnActivity.Entry> timeline) {
		Currency currency = r.currency();
		boolean review = r.items().stream().anyMatch(i -> i.outcome() == Outcome.REVIEW);
		List<ItemDecision.RuleTrace> explanation = r.items().stream().flatMap(i -> traces(i).stream()).toList();
		return new ReturnJson(r.id(), r.number(), r.status().wireName(), r.orderId().value(), r.resolution().wireName(),
				r.method().wireName(), r.items().stream().map(i -> item(i, r)).toList(),
				new DecisionJson(review ? "pending_review" : "approved", explanation, r.policyVersion()),
				amounts(r.amounts(), currency), r.destination(), r.refundId(), r.attention(), r.arrivedAt(),
				label == null ? null : LabelJson.of(label), r.createdAt(), r.updatedAt(),
				timeline == null ? null
						: timeline.stream()
							.map(e -> new ActivityJson(e.at(), e.actor(), e.kind(), e.detail()))
							.toList());
	}

	static ReturnableJson of(ReturnableItem item, Currency currency) {
		ItemDecision d = item.decision();
		return new ReturnableJson(item.line().lineId(), item.line().sku(), item.line().title(), item.line().quantity(),
				d.outcome() == Outcome.DENY ? 0 : item.quantityReturnable(), d.returnableUntil(),
				money(item.unitPaidMinor(), currency),
				d.outcome() == Outcome.DENY ? List.of()
						: d.resolutions().stream().map(x -> x.wireName()).sorted().toList(),
				d.outcome() == Outcome.DENY ? List.of() : d.methods().stream().map(x -> x.wireName()).sorted().toList(),
				d.outcome() == Outcome.DENY ? d.message() : null, d.outcome().wireName(), d.explanation());
	}

	private static ItemJson item(ReturnItem i, Return r) {
		Currency currency = r.currency();
		return new ItemJson(i.lineId(), i.sku(), i.title(), i.quantity(), i.reason(), i.subReason(), i.comment(),
				money(i.unitPaidMinor(), currency), money(i.refundMinor(), currency), r.status().wireName(),
				i.receivedQuantity(), i.condition(), i.disposition());
	}

	private static List<ItemDecision.RuleTrace> traces(ReturnItem item) {
		return List.of(JSON.readValue(item.explanation(), ItemDecision.RuleTrace[].class));
	}

	private static AmountsJson amounts(ReturnAmounts a, Currency currency) {
		return new AmountsJson(money(a.itemsMinor(), currency), money(a.discountMinor(), currency),
				money(a.taxMinor(), currency), money(a.feesMinor(), currency), money(0, currency),
				money(a.refundMinor(), currency), money(a.creditMinor(), currency), money(0, currency),
				currency.getCurrencyCode());
	}

	private static String money(long minor, Currency currency) {
		return new Money(minor, currency).toString();
	}

}
