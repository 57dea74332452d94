package org.aftersale.returns;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.returns.policy.Outcome;
import org.aftersale.returns.policy.Resolution;
import org.aftersale.returns.policy.ReturnMethod;
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
 * A shopper's return of items of one order: what comes back and why, what it comes to,
 * how, and where it is in its life. Only this class changes its status, along
 * {@link ReturnStatus}'s table, and each change is a {@link ReturnStatusChanged}.
 */
@Table(schema = "returns", name = "return_request")
public class Return {

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID storeId;

	private final UUID orderId;

	private final String number;

	private ReturnStatus status;

	private final Resolution resolution;

	private final ReturnMethod method;

	private final String customerEmail;

	private final String currency;

	private final int policyVersion;

	@Embedded.Empty
	private final ReturnAmounts amounts;

	private final @Nullable UUID destination;

	private @Nullable String note;

	private final @Nullable String requestKey;

	private @Nullable Instant arrivedAt;

	private @Nullable UUID refundId;

	private @Nullable String attention;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "return_id", keyColumn = "position")
	private List<ReturnItem> items;

	@Transient
	private final List<Object> events = new ArrayList<>();

	Return(UUID id, @Nullable Integer version, UUID storeId, UUID orderId, String number, ReturnStatus status,
			Resolution resolution, ReturnMethod method, String customerEmail, String currency, int policyVersion,
			ReturnAmounts amounts, @Nullable UUID destination, @Nullable String note, @Nullable String requestKey,
			@Nullable Instant arrivedAt, @Nullable UUID refundId, @Nullable String attention, Instant createdAt,
			Instant updatedAt, List<ReturnItem> items) {
		this.refundId = refundId;
		this.attention = attention;
		this.arrivedAt = arrivedAt;
		this.requestKey = requestKey;
		this.id = id;
		this.version = version;
		this.storeId = storeId;
		this.orderId = orderId;
		this.number = number;
		this.status = status;
		this.resolution = resolution;
		this.method = method;
		this.customerEmail = customerEmail;
		this.currency = currency;
		this.policyVersion = policyVersion;
		this.amounts = amounts;
		this.destination = destination;
		this.note = note;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.items = new ArrayList<>(items);
	}

	/**
	 * A return the policy allowed (approved at once) or sent to review.
	 */
	static Return request(StoreId storeId, OrderId orderId, String number, Resolution resolution, ReturnMethod method,
			String customerEmail, Currency currency, int policyVersion, ReturnAmounts amounts,
			@Nullable UUID destination, @Nullable String requestKey, List<ReturnItem> items, Instant at) {
		Instant now = at.truncatedTo(ChronoUnit.MICROS);
		boolean review = items.stream().anyMatch(i -> i.outcome() == Outcome.REVIEW);
		Return created = new Return(UUID.randomUUID(), null, storeId.value(), orderId.value(), number,
				ReturnStatus.REQUESTED, resolution, method, customerEmail, currency.getCurrencyCode(), policyVersion,
				amounts, destination, null, requestKey, null, null, null, now, now, items);
		created.events.add(created.changed(null, ReturnStatus.REQUESTED, null, now));
		created.move(review ? ReturnStatus.PENDING_REVIEW : ReturnStatus.APPROVED, null, now);
		return created;
	}

	void approve(Instant now) {
		move(ReturnStatus.APPROVED, null, now);
	}

	void reject(String reason, Instant now) {
		move(ReturnStatus.REJECTED, reason, now);
	}

	void cancel(Instant now) {
		move(ReturnStatus.CANCELLED, null, now);
	}

	void ship(Instant now) {
		move(ReturnStatus.IN_TRANSIT, null, now);
	}

	void expire(Instant now) {
		move(ReturnStatus.EXPIRED, null, now);
	}

	void resolve(Instant now) {
		move(ReturnStatus.RESOLVED, null, now);
	}

	/**
	 * The parcel reached the store (the carrier says delivered); the team still has to
	 * receive the items. Only the first arrival counts.
	 * @return whether this was news
	 */
	boolean arrive(Instant at, Instant now) {
		if (arrivedAt != null) {
			return false;
		}
		arrivedAt = at;
		updatedAt = now;
		return true;
	}

	/**
	 * The items came in: for each line, how many units, in what condition, and what
	 * becomes of them.
	 * @throws ReturnTransitionRefused for units this return does not hold
	 */
	void receive(Map<UUID, Received> received, Instant now) {
		if (!status.canBecome(ReturnStatus.RECEIVED)) {
			throw refused(ReturnStatus.RECEIVED);
		}
		List<ReturnItem> updated = new ArrayList<>();
		for (ReturnItem item : items) {
			Received r = received.get(item.lineId());
			if (r != null && (r.quantity() < 0 || r.quantity() > item.quantity())) {
				throw new IllegalArgumentException(
						"at most " + item.quantity() + " units of " + item.title() + " can be received");
			}
			updated.add(r == null ? item : item.received(r.quantity(), r.condition(), r.disposition()));
		}
		if (received.keySet().stream().anyMatch(line -> items.stream().noneMatch(i -> i.lineId().equals(line)))) {
			throw new IllegalArgumentException("an item received is not part of this return");
		}
		items = updated;
		move(ReturnStatus.RECEIVED, null, now);
	}

	/** The refund resolving it made on the order. */
	void refunded(UUID refund, Instant now) {
		refundId = refund;
		updatedAt = now;
	}

	/**
	 * Something the team must act on (the shop refused the refund); {@code null} when
	 * nothing does any more.
	 */
	void attention(@Nullable String problem, Instant now) {
		attention = problem == null ? null : problem.length() > 500 ? problem.substring(0, 500) : problem;
		updatedAt = now;
	}

	/** Units of one line as they came in. */
	public record Received(long quantity, @Nullable String condition, @Nullable String disposition) {

		/**
		 * Units in a condition ({@code new}, {@code used}, {@code damaged},
		 * {@code missing}) with what becomes of them by default: back into stock, held
		 * for resale, written off as damaged or missing.
		 */
		public static Received of(long quantity, String condition) {
			String disposition = switch (condition) {
				case "used" -> "resale_hold";
				case "damaged" -> "damaged";
				case "missing" -> "missing";
				case "new" -> "restock";
				default -> throw new IllegalArgumentException("condition must be new, used, damaged or missing");
			};
			return new Received(quantity, condition, disposition);
		}

	}

	private void move(ReturnStatus next, @Nullable String reason, Instant now) {
		if (!status.canBecome(next)) {
			throw refused(next);
		}
		ReturnStatus from = status;
		status = next;
		updatedAt = now;
		events.add(changed(from, next, reason, now));
	}

	private ReturnTransitionRefused refused(ReturnStatus next) {
		return new ReturnTransitionRefused("Return " + number + " is " + status.wireName().replace('_', ' ')
				+ "; it cannot become " + next.wireName().replace('_', ' ') + ".");
	}

	private ReturnStatusChanged changed(@Nullable ReturnStatus from, ReturnStatus to, @Nullable String reason,
			Instant now) {
		return new ReturnStatusChanged(storeId(), id, orderId(), number, from, to, customerEmail, reason, now);
	}

	public UUID id() {
		return id;
	}

	public StoreId storeId() {
		return new StoreId(storeId);
	}

	public OrderId orderId() {
		return new OrderId(orderId);
	}

	public String number() {
		return number;
	}

	public ReturnStatus status() {
		return status;
	}

	public Resolution resolution() {
		return resolution;
	}

	public ReturnMethod method() {
		return method;
	}

	public String customerEmail() {
		return customerEmail;
	}

	public Currency currency() {
		return Currency.getInstance(currency);
	}

	public int policyVersion() {
		return policyVersion;
	}

	public ReturnAmounts amounts() {
		return amounts;
	}

	public @Nullable UUID destination() {
		return destination;
	}

	/** When the carrier delivered the parcel to the store, if it has. */
	public @Nullable Instant arrivedAt() {
		return arrivedAt;
	}

	/** The refund resolving it made on the order, once resolved with a refund. */
	public @Nullable UUID refundId() {
		return refundId;
	}

	/** What the team must act on, if anything. */
	public @Nullable String attention() {
		return attention;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public List<ReturnItem> items() {
		return List.copyOf(items);
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
