package org.aftersale.customers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.aftersale.kernel.FieldRules;
import org.aftersale.kernel.EmailAddress;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A shopper of one store, one per e-mail address, with what the shop says about them and
 * a summary of what they ordered. Only this class changes its state.
 */
@Table(schema = "customers", name = "customer")
public class Customer {

	/** The source of customers that Aftersale first met through one of their orders. */
	public static final String FROM_ORDERS = "orders";

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID storeId;

	private String email;

	private String source;

	private @Nullable String externalId;

	private @Nullable String firstName;

	private @Nullable String lastName;

	private @Nullable String phone;

	private boolean acceptsMarketing;

	private List<String> tags;

	private @Nullable Instant sourceUpdatedAt;

	private long ordersCount;

	private long cancelledCount;

	private long totalSpentMinor;

	private String currency;

	private @Nullable Instant firstOrderAt;

	private @Nullable Instant lastOrderAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@Transient
	private final List<Object> events = new ArrayList<>();

	Customer(UUID id, @Nullable Integer version, UUID storeId, String email, String source, @Nullable String externalId,
			@Nullable String firstName, @Nullable String lastName, @Nullable String phone, boolean acceptsMarketing,
			List<String> tags, @Nullable Instant sourceUpdatedAt, long ordersCount, long cancelledCount,
			long totalSpentMinor, String currency, @Nullable Instant firstOrderAt, @Nullable Instant lastOrderAt,
			Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.storeId = storeId;
		this.email = email;
		this.source = source;
		this.externalId = externalId;
		this.firstName = firstName;
		this.lastName = lastName;
		this.phone = phone;
		this.acceptsMarketing = acceptsMarketing;
		this.tags = List.copyOf(tags);
		this.sourceUpdatedAt = sourceUpdatedAt;
		this.ordersCount = ordersCount;
		this.cancelledCount = cancelledCount;
		this.totalSpentMinor = totalSpentMinor;
		this.currency = currency;
		this.firstOrderAt = firstOrderAt;
		this.lastOrderAt = lastOrderAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Customer register(StoreId storeId, CustomerSubmission submission, Currency currency, Instant now) {
		Customer customer = blank(storeId, submission.emailAddress(), submission.source().strip(), currency, now);
		customer.apply(submission);
		customer.registered(now);
		return customer;
	}

	static Customer discover(StoreId storeId, EmailAddress email, @Nullable String firstName, @Nullable String lastName,
			@Nullable String phone, Currency currency, Instant now) {
		Customer customer = blank(storeId, email, FROM_ORDERS, currency, now);
		customer.fillIn(firstName, lastName, phone, now);
		customer.registered(now);
		return customer;
	}

	private static Customer blank(StoreId storeId, EmailAddress email, String source, Currency currency, Instant now) {
		return new Customer(UUID.randomUUID(), null, storeId.value(), email.value(), source, null, null, null, null,
				false, List.of(), null, 0, 0, 0, currency.getCurrencyCode(), null, null, now, now);
	}

	private void registered(Instant now) {
		events.add(new CustomerRegistered(storeId(), id(), email, source, acceptsMarketing, now));
	}

	/**
	 * Applies a newer description of the customer from a shop.
	 * @return what changed, empty when the submission says nothing new
	 */
	List<String> revise(CustomerSubmission submission, Instant now) {
		Profile before = profile();
		apply(submission);
		List<String> changes = before.differences(profile());
		if (!changes.isEmpty()) {
			updatedAt = now;
		}
		return changes;
	}

	boolean isNewerThanKnown(@Nullable Instant candidate) {
		return candidate == null || sourceUpdatedAt == null || !candidate.isBefore(sourceUpdatedAt);
	}

	/**
	 * Takes the name and phone from an order where the customer has none yet; what a shop
	 * said about the customer wins over what one order said.
	 */
	boolean fillIn(@Nullable String first, @Nullable String last, @Nullable String phoneNumber, Instant now) {
		Profile before = profile();
		firstName = firstName != null ? firstName : FieldRules.blankToNull(first);
		lastName = lastName != null ? lastName : FieldRules.blankToNull(last);
		phone = phone != null ? phone : FieldRules.blankToNull(phoneNumber);
		boolean changed = !before.equals(profile());
		if (changed) {
			updatedAt = now;
		}
		return changed;
	}

	/**
	 * @return whether the summary changed
	 */
	boolean recordOrderHistory(OrderHistory history, Instant now) {
		if (history.equals(orderHistory())) {
			return false;
		}
		ordersCount = history.ordersCount();
		cancelledCount = history.cancelledCount();
		totalSpentMinor = history.totalSpent().minorUnits();
		currency = history.totalSpent().currency().getCurrencyCode();
		firstOrderAt = history.firstOrderAt();
		lastOrderAt = history.lastOrderAt();
		updatedAt = now;
		return true;
	}

	private void apply(CustomerSubmission s) {
		this.email = s.emailAddress().value();
		if (s.externalRef() != null) {
			this.source = s.source().strip();
			this.externalId = s.externalRef();
		}
		this.firstName = FieldRules.blankToNull(s.firstName());
		this.lastName = FieldRules.blankToNull(s.lastName());
		this.phone = FieldRules.blankToNull(s.phone());
		this.acceptsMarketing = s.acceptsMarketing();
		this.tags = FieldRules.cleanTags(s.tags());
		this.sourceUpdatedAt = s.sourceUpdatedAt() != null ? s.sourceUpdatedAt().truncatedTo(ChronoUnit.MICROS)
				: this.sourceUpdatedAt;
	}

	private Profile profile() {
		return new Profile(email, source, externalId, firstName, lastName, phone, acceptsMarketing, tags);
	}

	private record Profile(String email, String source, @Nullable String externalId, @Nullable String firstName,
			@Nullable String lastName, @Nullable String phone, boolean acceptsMarketing, List<String> tags) {

		List<String> differences(Profile after) {
			List<String> changes = new ArrayList<>();
			if (!email.equals(after.email)) {
				changes.add("email");
			}
			if (!source.equals(after.source) || !Objects.equals(externalId, after.externalId)) {
				changes.add("shop reference");
			}
			if (!Objects.equals(firstName, after.firstName) || !Objects.equals(lastName, after.lastName)
					|| !Objects.equals(phone, after.phone)) {
				changes.add("contact details");
			}
			if (acceptsMarketing != after.acceptsMarketing) {
				changes.add("marketing consent");
			}
			if (!tags.equals(after.tags)) {
				changes.add("tags");
			}
			return changes;
		}

	}

	public CustomerId id() {
		return new CustomerId(id);
	}

	@Nullable Integer version() {
		return version;
	}

	/**
	 * {@link OrderHistoryUpdates} wrote this customer's row: it has the next version now.
	 */
	void savedAsNextVersion() {
		version = version == null ? 0 : version + 1;
	}

	public StoreId storeId() {
		return new StoreId(storeId);
	}

	/** The normalised (lower-case) e-mail address that identifies the customer. */
	public String email() {
		return email;
	}

	public String source() {
		return source;
	}

	public @Nullable String externalId() {
		return externalId;
	}

	public @Nullable String firstName() {
		return firstName;
	}

	public @Nullable String lastName() {
		return lastName;
	}

	public @Nullable String phone() {
		return phone;
	}

	public boolean acceptsMarketing() {
		return acceptsMarketing;
	}

	public List<String> tags() {
		return List.copyOf(tags);
	}

	public @Nullable Instant sourceUpdatedAt() {
		return sourceUpdatedAt;
	}

	public OrderHistory orderHistory() {
		return new OrderHistory(ordersCount, cancelledCount, new Money(totalSpentMinor, Currency.getInstance(currency)),
				firstOrderAt, lastOrderAt);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
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
