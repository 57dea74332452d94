package org.aftersale.customers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Optional;

import org.aftersale.kernel.EmailAddress;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.CustomerSnapshot;
import org.aftersale.orders.OrderCancelled;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderPlaced;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderRefunded;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the shoppers Aftersale meets through their orders and keeps each customer's
 * order-history summary. Idempotent: every event is recorded by (store, order, kind)
 * under a unique key, and a redelivered event is skipped.
 */
@Component
class OrderHistoryOfCustomers {

	private static final Logger log = LoggerFactory.getLogger(OrderHistoryOfCustomers.class);

	private record OrderFacts(OrderId orderId, String email, @Nullable String firstName, @Nullable String lastName,
			@Nullable String phone, Instant placedAt, Money total) {
	}

	private final Customers customers;

	private final CustomerOrderLinks links;

	private final OrderQueries orders;

	private final Clock clock;

	private final TransactionTemplate freshTransaction;

	OrderHistoryOfCustomers(Customers customers, CustomerOrderLinks links, OrderQueries orders, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.customers = customers;
		this.links = links;
		this.orders = orders;
		this.clock = clock;
		this.freshTransaction = new TransactionTemplate(transactionManager);
		// A savepoint, not a second transaction: a listener must hold one connection
		// only, or a burst of
		// deliveries can exhaust the pool with every listener waiting for its second
		// connection.
		this.freshTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@ApplicationModuleListener
	void on(OrderPlaced event) {
		once(event.storeId(), event.orderId(), "placed",
				() -> attach(event.storeId(), new OrderFacts(event.orderId(), event.customerEmail(),
						event.customerFirstName(), event.customerLastName(), null, event.placedAt(), event.total())));
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		once(event.storeId(), event.orderId(), "cancelled",
				() -> knownOrAttached(event.storeId(), event.orderId()).ifPresent(customer -> {
					links.markCancelled(event.storeId(), event.orderId());
					refresh(event.storeId(), customer);
				}));
	}

	@ApplicationModuleListener
	void on(OrderRefunded event) {
		once(event.storeId(), event.orderId(), "refunded:" + event.refundId(),
				() -> knownOrAttached(event.storeId(), event.orderId()).ifPresent(customer -> {
					links.addRefund(event.storeId(), event.orderId(), event.amount());
					refresh(event.storeId(), customer);
				}));
	}

	// The marker and the change commit together, so a crash between them cannot lose or
	// double an event. A customer created concurrently from another order rolls back to
	// the savepoint; the retry then finds that customer.
	private void once(StoreId storeId, OrderId orderId, String eventKey, Runnable work) {
		Runnable attempt = () -> freshTransaction.executeWithoutResult(status -> {
			if (links.markProcessed(storeId, orderId, eventKey, now())) {
				work.run();
			}
		});
		try {
			attempt.run();
		}
		catch (DuplicateKeyException ex) {
			attempt.run();
		}
	}

	// A cancellation or refund can overtake the placement (each is delivered on its own),
	// or concern an order taken in before this capability existed: then the order itself
	// says whose it is.
	private Optional<CustomerId> knownOrAttached(StoreId storeId, OrderId orderId) {
		Optional<CustomerId> known = links.customerOf(storeId, orderId);
		if (known.isPresent()) {
			return known;
		}
		return orders.find(storeId, orderId).flatMap(order -> {
			CustomerSnapshot customer = order.customer();
			return customer == null ? Optional.empty() : attach(storeId, new OrderFacts(orderId, customer.email(),
					customer.firstName(), customer.lastName(), customer.phone(), order.placedAt(), order.total()));
		});
	}

	private Optional<CustomerId> attach(StoreId storeId, OrderFacts facts) {
		if (!EmailAddress.isValid(facts.email())) {
			log.warn("Order {} of store {} has no usable customer e-mail; not linked to a customer", facts.orderId(),
					storeId);
			return Optional.empty();
		}
		EmailAddress email = new EmailAddress(facts.email());
		Optional<Customer> known = customers.lockIdByEmail(storeId.value(), email.value()).flatMap(customers::findById);
		if (known.isEmpty()) {
			return Optional.of(discover(storeId, email, facts));
		}
		Customer customer = known.get();
		customer.fillIn(facts.firstName(), facts.lastName(), facts.phone(), now());
		links.link(storeId, facts.orderId(), customer.id(), facts.placedAt(), facts.total());
		customer.recordOrderHistory(links.historyOf(storeId, customer.id(), facts.total().currency()), now());
		return Optional.of(customers.save(customer).id());
	}

	// Most shoppers are met through their first order, and then that order is their whole
	// history: the customer goes in once with it, without reading the history back. Only
	// when the order was linked before (its cancellation and refunds came along) is the
	// history read from the links.
	private CustomerId discover(StoreId storeId, EmailAddress email, OrderFacts facts) {
		Customer customer = Customer.discover(storeId, email, facts.firstName(), facts.lastName(), facts.phone(),
				facts.total().currency(), now());
		Instant placedAt = facts.placedAt().truncatedTo(ChronoUnit.MICROS);
		Money spent = facts.total().isNegative() ? Money.zero(facts.total().currency()) : facts.total();
		customer.recordOrderHistory(new OrderHistory(1, 0, spent, placedAt, placedAt), now());
		customer = customers.save(customer);
		if (!links.link(storeId, facts.orderId(), customer.id(), facts.placedAt(), facts.total()) && customer
			.recordOrderHistory(links.historyOf(storeId, customer.id(), facts.total().currency()), now())) {
			customer = customers.save(customer);
		}
		return customer.id();
	}

	private void refresh(StoreId storeId, CustomerId customerId) {
		customers.lockIdInStore(storeId.value(), customerId.value())
			.flatMap(customers::findById)
			.ifPresent(customer -> {
				Currency fallback = customer.orderHistory().totalSpent().currency();
				if (customer.recordOrderHistory(links.historyOf(storeId, customerId, fallback), now())) {
					customers.save(customer);
				}
			});
	}

	// PostgreSQL keeps microseconds: what a write answers must equal what a later read
	// returns.
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
