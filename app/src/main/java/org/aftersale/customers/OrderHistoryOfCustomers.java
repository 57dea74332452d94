package org.aftersale.customers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.aftersale.kernel.EmailAddress;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.CustomerSnapshot;
import org.aftersale.orders.OrderCancelled;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrdersPlaced;
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

	private static final int MAX_ATTEMPTS = 10;

	private record OrderFacts(OrderId orderId, String email, @Nullable String firstName, @Nullable String lastName,
			@Nullable String phone, Instant placedAt, Money total) {
	}

	private final Customers customers;

	private final CustomerOrderLinks links;

	private final OrderHistoryUpdates historyUpdates;

	private final OrderQueries orders;

	private final Clock clock;

	private final TransactionTemplate freshTransaction;

	OrderHistoryOfCustomers(Customers customers, CustomerOrderLinks links, OrderHistoryUpdates historyUpdates,
			OrderQueries orders, Clock clock, PlatformTransactionManager transactionManager) {
		this.customers = customers;
		this.links = links;
		this.historyUpdates = historyUpdates;
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
	void on(OrdersPlaced event) {
		List<OrderFacts> placed = event.orders()
			.stream()
			.map(order -> new OrderFacts(order.orderId(), order.customerEmail(), order.customerFirstName(),
					order.customerLastName(), null, order.placedAt(), order.total()))
			.toList();
		inSavepoint(() -> {
			Set<OrderId> fresh = links.markProcessed(event.storeId(), placed.stream().map(OrderFacts::orderId).toList(),
					"placed", now());
			attach(event.storeId(), placed.stream().filter(facts -> fresh.contains(facts.orderId())).toList());
		});
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
	// double an event.
	private void once(StoreId storeId, OrderId orderId, String eventKey, Runnable work) {
		inSavepoint(() -> {
			if (links.markProcessed(storeId, orderId, eventKey, now())) {
				work.run();
			}
		});
	}

	// A customer created concurrently by another listener rolls back to the savepoint;
	// the next attempt finds that customer, committed by then (the insert waited for it).
	// A batch introduces many shoppers, and each may collide with a different batch, so
	// more than one attempt may be needed; every attempt sees more customers than the
	// last.
	private void inSavepoint(Runnable work) {
		for (int attempt = 1;; attempt++) {
			try {
				freshTransaction.executeWithoutResult(status -> work.run());
				return;
			}
			catch (DuplicateKeyException ex) {
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
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
			return customer == null ? Optional.empty()
					: Optional
						.ofNullable(attach(storeId,
								List.of(new OrderFacts(orderId, customer.email(), customer.firstName(),
										customer.lastName(), customer.phone(), order.placedAt(), order.total())))
							.get(orderId));
		});
	}

	/**
	 * Links the orders to their customers, registering the shoppers met for the first
	 * time, and brings the customers' order history up to date.
	 * @return the customer of each order linked
	 */
	private Map<OrderId, CustomerId> attach(StoreId storeId, List<OrderFacts> orders) {
		// In e-mail order, so that two batches registering the same new shoppers insert
		// them in the same order and one waits for the other instead of deadlocking.
		SortedMap<String, List<OrderFacts>> byEmail = new TreeMap<>();
		for (OrderFacts facts : orders) {
			if (!EmailAddress.isValid(facts.email())) {
				log.warn("Order {} of store {} has no usable customer e-mail; not linked to a customer",
						facts.orderId(), storeId);
				continue;
			}
			byEmail.computeIfAbsent(new EmailAddress(facts.email()).value(), k -> new ArrayList<>()).add(facts);
		}
		Map<OrderId, CustomerId> linked = new HashMap<>();
		if (byEmail.isEmpty()) {
			return linked;
		}
		Map<String, Customer> known = new HashMap<>();
		customers.lockByEmail(storeId, byEmail.keySet()).forEach(customer -> known.put(customer.email(), customer));
		List<Customer> discovered = new ArrayList<>();
		Set<CustomerId> toRecount = new HashSet<>();
		for (Map.Entry<String, List<OrderFacts>> entry : byEmail.entrySet()) {
			Customer customer = known.get(entry.getKey());
			if (customer == null) {
				customer = discover(storeId, new EmailAddress(entry.getKey()), entry.getValue());
				discovered.add(customer);
				if (!inOneCurrency(entry.getValue())) {
					toRecount.add(customer.id());
				}
			}
			else {
				toRecount.add(customer.id());
			}
			for (OrderFacts facts : entry.getValue()) {
				customer.fillIn(facts.firstName(), facts.lastName(), facts.phone(), now());
				linked.put(facts.orderId(), customer.id());
			}
		}
		Map<CustomerId, Customer> touched = new HashMap<>();
		customers.saveAll(discovered).forEach(customer -> touched.put(customer.id(), customer));
		known.values().forEach(customer -> touched.put(customer.id(), customer));
		List<CustomerOrderLinks.Link> newLinks = new ArrayList<>();
		byEmail.values()
			.forEach(facts -> facts.forEach(order -> newLinks.add(new CustomerOrderLinks.Link(order.orderId(),
					linked.get(order.orderId()), order.placedAt(), order.total()))));
		links.linkAll(storeId, newLinks).forEach(moved -> toRecount.add(linked.get(moved)));
		// Known customers are saved whatever the count says: the names may have been
		// filled in.
		List<Customer> changed = new ArrayList<>(known.values());
		links.historiesOf(storeId, toRecount).forEach((id, history) -> {
			Customer customer = touched.get(id);
			if (customer.recordOrderHistory(history, now()) && !known.containsKey(customer.email())) {
				changed.add(customer);
			}
		});
		historyUpdates.save(changed);
		return linked;
	}

	// Most shoppers are met through their first order, and then the orders at hand are
	// their whole history: the customer goes in with it, without reading it back. When
	// the orders are in more than one currency (which came first follows the links'
	// order), or one was linked before (its cancellation and refunds came along), the
	// history is read from the links after linking.
	private Customer discover(StoreId storeId, EmailAddress email, List<OrderFacts> orders) {
		OrderFacts first = orders.get(0);
		Customer customer = Customer.discover(storeId, email, first.firstName(), first.lastName(), first.phone(),
				first.total().currency(), now());
		if (inOneCurrency(orders)) {
			long spent = orders.stream().mapToLong(order -> Math.max(order.total().minorUnits(), 0)).sum();
			Instant firstAt = orders.stream().map(OrderFacts::placedAt).min(Instant::compareTo).orElseThrow();
			Instant lastAt = orders.stream().map(OrderFacts::placedAt).max(Instant::compareTo).orElseThrow();
			customer.recordOrderHistory(new OrderHistory(orders.size(), 0, new Money(spent, first.total().currency()),
					firstAt.truncatedTo(ChronoUnit.MICROS), lastAt.truncatedTo(ChronoUnit.MICROS)), now());
		}
		return customer;
	}

	private static boolean inOneCurrency(List<OrderFacts> orders) {
		Currency currency = orders.get(0).total().currency();
		return orders.stream().allMatch(order -> order.total().currency().equals(currency));
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
