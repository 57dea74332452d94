package org.aftersale.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.EmailAddress;
import org.aftersale.kernel.FieldRules;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An order of one store, as the shop that sold it describes it. Only this class changes
 * its state, and each change registers the domain event that tells the rest of Aftersale.
 */
@Table(schema = "orders", name = "shop_order")
public class Order {

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID storeId;

	private final String source;

	private final String externalId;

	private String number;

	private Instant placedAt;

	private String currency;

	private OrderStatus status;

	private @Nullable String financialStatus;

	@Embedded.Nullable(prefix = "customer_")
	private @Nullable CustomerSnapshot customer;

	@Embedded.Nullable(prefix = "ship_")
	private @Nullable Address shippingAddress;

	@Embedded.Empty(prefix = "total_")
	private OrderTotals totals;

	private long refundedMinor;

	private @Nullable Instant sourceUpdatedAt;

	private @Nullable Instant cancelledAt;

	private @Nullable String cancelReason;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "order_id", keyColumn = "position")
	private List<LineItem> lineItems;

	@MappedCollection(idColumn = "order_id", keyColumn = "position")
	private List<Fulfilment> fulfilments;

	@MappedCollection(idColumn = "order_id", keyColumn = "position")
	private List<FulfilmentLine> fulfilmentLines;

	@MappedCollection(idColumn = "order_id", keyColumn = "position")
	private List<Refund> refunds;

	@MappedCollection(idColumn = "order_id", keyColumn = "position")
	private List<RefundLine> refundLines;

	@Transient
	private final List<Object> events = new ArrayList<>();

	Order(UUID id, @Nullable Integer version, UUID storeId, String source, String externalId, String number,
			Instant placedAt, String currency, OrderStatus status, @Nullable String financialStatus,
			@Nullable CustomerSnapshot customer, @Nullable Address shippingAddress, OrderTotals totals,
			long refundedMinor, @Nullable Instant sourceUpdatedAt, @Nullable Instant cancelledAt,
			@Nullable String cancelReason, Instant createdAt, Instant updatedAt, List<LineItem> lineItems,
			List<Fulfilment> fulfilments, List<FulfilmentLine> fulfilmentLines, List<Refund> refunds,
			List<RefundLine> refundLines) {
		this.id = id;
		this.version = version;
		this.storeId = storeId;
		this.source = source;
		this.externalId = externalId;
		this.number = number;
		this.placedAt = placedAt;
		this.currency = currency;
		this.status = status;
		this.financialStatus = financialStatus;
		this.customer = customer;
		this.shippingAddress = shippingAddress;
		this.totals = totals;
		this.refundedMinor = refundedMinor;
		this.sourceUpdatedAt = sourceUpdatedAt;
		this.cancelledAt = cancelledAt;
		this.cancelReason = cancelReason;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.lineItems = new ArrayList<>(lineItems);
		this.fulfilments = new ArrayList<>(fulfilments);
		this.fulfilmentLines = new ArrayList<>(fulfilmentLines);
		this.refunds = new ArrayList<>(refunds);
		this.refundLines = new ArrayList<>(refundLines);
	}

	static Order place(StoreId storeId, OrderSubmission submission, Instant now) {
		Order order = new Order(UUID.randomUUID(), null, storeId.value(), submission.source(), submission.externalId(),
				submission.number(), submission.placedAt(), submission.currencyUnit().getCurrencyCode(),
				OrderStatus.OPEN, null, null, null, OrderTotals.zero(), 0, null, null, null, now, now, List.of(),
				List.of(), List.of(), List.of(), List.of());
		order.apply(submission);
		return order;
	}

	/**
	 * A new order went in through {@link NewOrders#insertNew}: it now has the version it
	 * has there.
	 */
	void stored() {
		if (version == null) {
			version = 0;
		}
	}

	/**
	 * What other capabilities learn about this order as a new one; the intake publishes
	 * it, with the orders taken in along with it, in {@link OrdersPlaced}.
	 */
	PlacedOrder placement() {
		return new PlacedOrder(id(), number, customerEmail(), customer == null ? null : customer.firstName(),
				customer == null ? null : customer.lastName(), placedAt, total(), lineItems.size(), createdAt);
	}

	/**
	 * The cancellation of an order that was already cancelled when it was taken in,
	 * published after its placement.
	 */
	Optional<OrderCancelled> cancellationAtPlacement() {
		return status == OrderStatus.CANCELLED ? Optional.of(new OrderCancelled(storeId(), id(), number, cancelReason,
				cancelledAt == null ? createdAt : cancelledAt)) : Optional.empty();
	}

	/**
	 * Applies a newer description of the order from its shop.
	 * @return what changed, empty when the submission says nothing new
	 */
	List<String> revise(OrderSubmission submission, Instant now) {
		OrderContent before = snapshot();
		boolean wasCancelled = status == OrderStatus.CANCELLED;
		apply(submission);
		List<String> changes = before.differences(snapshot());
		if (changes.isEmpty()) {
			return changes;
		}
		updatedAt = now;
		events.add(new OrderUpdated(storeId(), id(), number, changes, now));
		if (!wasCancelled && status == OrderStatus.CANCELLED) {
			events.add(
					new OrderCancelled(storeId(), id(), number, cancelReason, cancelledAt == null ? now : cancelledAt));
		}
		return changes;
	}

	boolean isNewerThanKnown(@Nullable Instant candidate) {
		return candidate == null || sourceUpdatedAt == null || !candidate.isBefore(sourceUpdatedAt);
	}

	boolean cancel(@Nullable String reason, Instant at, Instant now) {
		if (status == OrderStatus.CANCELLED) {
			return false;
		}
		status = OrderStatus.CANCELLED;
		cancelledAt = at;
		cancelReason = reason;
		updatedAt = now;
		events.add(new OrderCancelled(storeId(), id(), number, reason, at));
		return true;
	}

	/**
	 * Records a fulfilment, or news about one already known (matched by the shop's id).
	 * @return whether anything changed
	 */
	boolean recordFulfilment(FulfilmentSubmission submission, Instant now) {
		String numbers = String.join("\n", submission.trackingNumbers());
		String urls = String.join("\n", submission.trackingUrls());
		Optional<Fulfilment> known = submission.externalId() == null ? Optional.empty()
				: fulfilments.stream().filter(f -> submission.externalId().equals(f.externalId())).findFirst();
		if (known.isPresent()) {
			Fulfilment before = known.get();
			Fulfilment after = new Fulfilment(before.fulfilmentId(), before.externalId(), submission.status(),
					submission.trackingCompany(), numbers, urls, submission.shipmentStatus(), before.createdAt(), now);
			if (before.sameContentAs(after)) {
				return false;
			}
			fulfilments.set(fulfilments.indexOf(before), after);
			updatedAt = now;
			refreshFulfilmentStatus();
			events.add(new FulfilmentUpdated(storeId(), id(), after.fulfilmentId(), after.status(),
					after.shipmentStatus(), after.trackingNumberList(), now));
			return true;
		}
		Fulfilment created = new Fulfilment(UUID.randomUUID(), submission.externalId(), submission.status(),
				submission.trackingCompany(), numbers, urls, submission.shipmentStatus(), submission.occurredAt(), now);
		fulfilments.add(created);
		List<ShippedUnits> shipped = progress().unitsOf(submission.lines());
		shipped.forEach(u -> fulfilmentLines.add(new FulfilmentLine(created.fulfilmentId(), u.lineId(), u.quantity())));
		updatedAt = now;
		refreshFulfilmentStatus();
		events.add(new FulfilmentCreated(storeId(), id(), created.fulfilmentId(), created.trackingNumberList(),
				created.trackingCompany(), created.trackingUrlList(), shipped, submission.occurredAt()));
		return true;
	}

	/**
	 * Records a refund: one the shop made as the shop says, one Aftersale makes only if
	 * it gives back no more than was paid, per line and for the order.
	 * @return whether it is new (a shop's refund id seen before is the same refund)
	 * @throws RefundExceedsPaymentException if Aftersale's refund would give back too
	 * much
	 */
	boolean recordRefund(RefundSubmission submission, Instant now) {
		String externalId = submission.externalId();
		if (externalId != null && refunds.stream().anyMatch(r -> externalId.equals(r.externalId()))) {
			return false;
		}
		// The shop telling of a refund Aftersale made there (its webhook may come before
		// Aftersale heard the shop's answer): the same refund, not a second one.
		Optional<UUID> ours = submission.origin() == RefundSubmission.Origin.SHOP ? Refund.namedIn(submission.note())
			.filter(id -> refunds.stream().anyMatch(r -> r.refundId().equals(id))) : Optional.empty();
		if (ours.isPresent()) {
			return settleRefund(ours.get(), externalId, null, now);
		}
		UUID refundId = UUID.randomUUID();
		LineRefunds before = lineRefunds();
		List<RefundLine> lines = SubmittedRefund.lines(refundId, submission, lineItems, before, currency());
		long amount = SubmittedRefund.amount(submission, lines, currency(), taxesIncluded());
		if (submission.origin() == RefundSubmission.Origin.AFTERSALE) {
			before.requireWithin(lineItems, lines);
			if (amount > refundable().minorUnits()) {
				throw new RefundExceedsPaymentException("amount",
						"at most " + refundable() + " of the order can still be refunded");
			}
		}
		refunds.add(new Refund(refundId, externalId, amount, submission.note(), submission.at(), submission.origin(),
				Refund.firstShopState(submission.origin(), source), null));
		refundLines.addAll(lines);
		refundedMinor += amount;
		updatedAt = now;
		events.add(new OrderRefunded(storeId(), id(), refundId, new Money(amount, currency()), lines,
				submission.origin(), now));
		return true;
	}

	/**
	 * The shop carried out a refund of ours ({@code shopRefundId}) or would not
	 * ({@code problem}). Once done, it stays done.
	 * @return whether anything changed
	 */
	boolean settleRefund(UUID refundId, @Nullable String shopRefundId, @Nullable String problem, Instant now) {
		for (int i = 0; i < refunds.size(); i++) {
			Optional<Refund> settled = refunds.get(i).refundId().equals(refundId)
					? refunds.get(i).settled(shopRefundId, problem) : Optional.empty();
			if (settled.isPresent()) {
				refunds.set(i, settled.get());
				updatedAt = now;
				events.add(new RefundSettled(storeId(), id(), refundId, shopRefundId, problem, now));
				return true;
			}
		}
		return false;
	}

	/** What the refunds so far gave back of each line. */
	public LineRefunds lineRefunds() {
		return new LineRefunds(refundLines, taxesIncluded());
	}

	private FulfilmentProgress progress() {
		return new FulfilmentProgress(lineItems, fulfilments, fulfilmentLines);
	}

	private void refreshFulfilmentStatus() {
		if (status != OrderStatus.CANCELLED) {
			status = progress().status();
		}
	}

	private void apply(OrderSubmission s) {
		Currency unit = s.currencyUnit();
		this.number = s.number();
		this.placedAt = s.placedAt();
		this.currency = unit.getCurrencyCode();
		this.financialStatus = s.financialStatus();
		this.customer = new CustomerSnapshot(new EmailAddress(s.customer().email()).value(), s.customer().firstName(),
				s.customer().lastName(), s.customer().phone(), s.customer().emailMarketingConsent(),
				s.customer().smsMarketingConsent());
		this.shippingAddress = s.shippingAddress() == null ? null : normalise(s.shippingAddress());
		this.totals = new OrderTotals(s.money(s.totals().subtotal()).minorUnits(),
				s.money(s.totals().shipping()).minorUnits(), s.money(s.totals().tax()).minorUnits(),
				s.money(s.totals().discount()).minorUnits(), s.money(s.totals().total()).minorUnits(),
				s.totals().taxesIncluded());
		this.sourceUpdatedAt = s.sourceUpdatedAt() != null ? s.sourceUpdatedAt() : this.sourceUpdatedAt;
		this.lineItems = SubmittedLines.of(s, unit, lineItems, totals.discountMinor(), totals.taxMinor());
		if (s.cancelledAt() != null) {
			this.status = OrderStatus.CANCELLED;
			this.cancelledAt = s.cancelledAt();
			this.cancelReason = s.cancelReason();
		}
		else {
			refreshFulfilmentStatus();
		}
	}

	private static Address normalise(Address a) {
		return new Address(a.name(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(),
				a.country().toUpperCase(Locale.ROOT));
	}

	private OrderContent snapshot() {
		return new OrderContent(number, placedAt, currency, status, financialStatus, customer, shippingAddress, totals,
				lineItems.stream()
					.map(l -> new LineItem(l.lineId(), l.externalId(), l.sku(), l.title(), l.variantTitle(),
							l.quantity(), l.unitPriceMinor(), l.discountMinor(), l.taxMinor(), l.productId(),
							l.variantId(), l.imageUrl(), l.tags(), l.productType()))
					.toList(),
				cancelReason);
	}

	public OrderId id() {
		return new OrderId(id);
	}

	public StoreId storeId() {
		return new StoreId(storeId);
	}

	public String source() {
		return source;
	}

	public String externalId() {
		return externalId;
	}

	public String number() {
		return number;
	}

	public Instant placedAt() {
		return placedAt;
	}

	public Currency currency() {
		return Currency.getInstance(currency);
	}

	public OrderStatus status() {
		return status;
	}

	public @Nullable String financialStatus() {
		return financialStatus;
	}

	public @Nullable CustomerSnapshot customer() {
		return customer;
	}

	public String customerEmail() {
		return customer == null ? "" : customer.email();
	}

	public @Nullable Address shippingAddress() {
		return shippingAddress;
	}

	public Money subtotal() {
		return new Money(totals.subtotalMinor(), currency());
	}

	public Money shipping() {
		return new Money(totals.shippingMinor(), currency());
	}

	public Money tax() {
		return new Money(totals.taxMinor(), currency());
	}

	public Money discount() {
		return new Money(totals.discountMinor(), currency());
	}

	public Money total() {
		return new Money(totals.totalMinor(), currency());
	}

	/** Whether the order's prices include tax. */
	public boolean taxesIncluded() {
		return totals.taxesIncluded();
	}

	public Money refunded() {
		return new Money(refundedMinor, currency());
	}

	/**
	 * What the shopper was charged: the total, unless the shop says the payment is still
	 * pending, only authorized, only partly paid (how much is not known, so nothing is
	 * assumed) or voided; at least what the shop refunded, which it can only have charged
	 * first.
	 */
	public Money captured() {
		boolean uncaptured = financialStatus != null
				&& List.of("pending", "authorized", "partially_paid", "voided", "expired")
					.contains(financialStatus.toLowerCase(Locale.ROOT));
		return new Money(Math.max(uncaptured ? 0 : totals.totalMinor(), refundedMinor), currency());
	}

	/** What can still be refunded: what was charged less what was refunded. */
	public Money refundable() {
		return new Money(Math.max(0, captured().minorUnits() - refundedMinor), currency());
	}

	public @Nullable Instant sourceUpdatedAt() {
		return sourceUpdatedAt;
	}

	public @Nullable Instant cancelledAt() {
		return cancelledAt;
	}

	public @Nullable String cancelReason() {
		return cancelReason;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public List<LineItem> lineItems() {
		return List.copyOf(lineItems);
	}

	public List<Fulfilment> fulfilments() {
		return List.copyOf(fulfilments);
	}

	public List<FulfilmentLine> fulfilmentLines() {
		return List.copyOf(fulfilmentLines);
	}

	public List<Refund> refunds() {
		return List.copyOf(refunds);
	}

	public List<RefundLine> refundLines() {
		return List.copyOf(refundLines);
	}

	@DomainEvents
	Collection<Object> domainEvents() {
		return List.copyOf(events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		events.clear();
	}

}
