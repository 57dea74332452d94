package org.aftersale.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.aftersale.catalog.GiftCards;
import org.aftersale.customers.Customer;
import org.aftersale.customers.CustomerQueries;
import org.aftersale.kernel.Address;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.LineItem;
import org.aftersale.orders.LineRefunds;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderShipment;
import org.aftersale.orders.OrderShipments;
import org.aftersale.returns.policy.ReturnCase;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers what the policy looks at for each line of an order: the line's money facts and
 * tags, its parcel's ship and delivery days (in the store's time zone), the customer's
 * history with the store, and the units already refunded or in open returns.
 */
@Component
class ReturnCases {

	private final OrderQueries orders;

	private final OrderShipments shipments;

	private final StoreDirectory stores;

	private final CustomerQueries customers;

	private final JdbcClient jdbc;

	ReturnCases(OrderQueries orders, OrderShipments shipments, StoreDirectory stores, CustomerQueries customers,
			JdbcClient jdbc) {
		this.orders = orders;
		this.shipments = shipments;
		this.stores = stores;
		this.customers = customers;
		this.jdbc = jdbc;
	}

	/**
	 * @throws NotFoundException when the order is not the store's
	 */
	OrderCases of(StoreId storeId, OrderId orderId, Instant now) {
		Order order = orders.find(storeId, orderId).orElseThrow(() -> new NotFoundException("order"));
		return of(storeId, List.of(order), now, true).get(0);
	}

	/**
	 * The cases of many orders at once: their parcels and open returns read together.
	 * @param withCustomers whether to read each customer's history (a policy that tests
	 * no customer fact does not need it)
	 */
	List<OrderCases> of(StoreId storeId, List<Order> batch, Instant now, boolean withCustomers) {
		ZoneId zone = stores.get(storeId).zone();
		List<OrderId> ids = batch.stream().map(Order::id).toList();
		Map<OrderId, List<OrderShipment>> parcelsOf = shipments.of(storeId, ids);
		Map<UUID, Long> inReturns = unitsInOpenReturns(storeId, ids);
		Map<String, ReturnCase.Customer> customerCache = new HashMap<>();
		List<OrderCases> result = new ArrayList<>();
		for (Order order : batch) {
			ReturnCase.Customer customerFacts = withCustomers
					? customerCache.computeIfAbsent(order.customerEmail().toLowerCase(Locale.ROOT),
							email -> customerFacts(storeId, order.customerEmail(), now))
					: unknownCustomer(order.customerEmail());
			result
				.add(cases(order, parcelsOf.getOrDefault(order.id(), List.of()), inReturns, customerFacts, zone, now));
		}
		return result;
	}

	private static OrderCases cases(Order order, List<OrderShipment> parcels, Map<UUID, Long> inReturns,
			ReturnCase.Customer customerFacts, ZoneId zone, Instant now) {
		LineRefunds refunds = order.lineRefunds();
		ReturnCase.Order orderFacts = orderFacts(order);
		List<OrderCases.LineCase> lines = new ArrayList<>();
		for (LineItem line : order.lineItems()) {
			// Refunded units (a resolved refund's are among them) plus units of returns
			// whose refund is not on the order.
			long taken = Math.min(line.quantity(),
					refunds.refundedUnits(line) + inReturns.getOrDefault(line.lineId(), 0L));
			List<OrderShipment> carrying = carrying(parcels, line.lineId());
			LocalDate shipped = carrying.stream()
				.map(OrderShipment::shippedAt)
				.filter(Objects::nonNull)
				.min(Comparator.naturalOrder())
				.map(at -> LocalDate.ofInstant(at, zone))
				.orElse(null);
			LocalDate delivered = !carrying.isEmpty() && carrying.stream().allMatch(p -> p.deliveredAt() != null)
					? carrying.stream()
						.map(OrderShipment::deliveredAt)
						.max(Comparator.naturalOrder())
						.map(at -> LocalDate.ofInstant(at, zone))
						.orElse(null)
					: null;
			long paidNext = taken < line.quantity() ? line.refundMinor(taken, 1, order.taxesIncluded()) : 0;
			ReturnCase.Item item = new ReturnCase.Item(line.lineId(), line.sku(), line.productType(), line.tagList(),
					decimal(paidNext, order), discountPercent(line), finalSale(line.tagList()),
					GiftCards.isGiftCard(line.title(), line.productType(), line.tagList()), line.quantity() - taken,
					LocalDate.ofInstant(order.placedAt(), zone), shipped, delivered);
			lines.add(new OrderCases.LineCase(line, new ReturnCase(item, orderFacts, customerFacts, null), taken));
		}
		return new OrderCases(order, LocalDate.ofInstant(now, zone), lines);
	}

	// The parcels that carry the line; when no parcel says what it carries, all of them.
	private static List<OrderShipment> carrying(List<OrderShipment> parcels, UUID lineId) {
		List<OrderShipment> itemised = parcels.stream().filter(p -> p.lineIds().contains(lineId)).toList();
		if (!itemised.isEmpty()) {
			return itemised;
		}
		return parcels.stream().filter(p -> p.lineIds().isEmpty()).toList();
	}

	private Map<UUID, Long> unitsInOpenReturns(StoreId storeId, List<OrderId> orderIds) {
		Map<UUID, Long> units = new HashMap<>();
		if (orderIds.isEmpty()) {
			return units;
		}
		jdbc.sql("""
				select i.line_id, sum(i.quantity) as units
				from returns.return_item i join returns.return_request r on r.id = i.return_id
				where r.store_id = :store and r.order_id in (:orders)
				  and r.status not in ('REJECTED', 'CANCELLED', 'EXPIRED')
				  and not (r.status = 'RESOLVED' and r.resolution = 'REFUND' and r.refund_minor > 0)
				group by i.line_id
				""")
			.param("store", storeId.value())
			.param("orders", orderIds.stream().map(OrderId::value).toList())
			.query((rs, n) -> units.put(rs.getObject("line_id", UUID.class), rs.getLong("units")))
			.list();
		return units;
	}

	private static ReturnCase.Customer unknownCustomer(String email) {
		return new ReturnCase.Customer(email, 1, BigDecimal.ZERO, 0, BigDecimal.ZERO, List.of());
	}

	private static ReturnCase.Order orderFacts(Order order) {
		Address address = order.shippingAddress();
		return new ReturnCase.Order(order.source(), List.of(), address == null ? null : address.country(),
				address == null ? null : address.region(), order.total().amount(), List.of(), false);
	}

	// Returns and their value over the last 12 months; the rate is by value, against
	// what the customer spent with the store.
	private ReturnCase.Customer customerFacts(StoreId storeId, String email, Instant now) {
		if (email.isBlank()) {
			return unknownCustomer(email);
		}
		Customer customer = customers.findByEmail(storeId, email).orElse(null);
		long orders = customer == null ? 1 : Math.max(1, customer.orderHistory().ordersCount());
		BigDecimal spent = customer == null ? BigDecimal.ZERO : customer.orderHistory().totalSpent().amount();
		List<String> tags = customer == null ? List.of() : customer.tags();
		Object[] returned = jdbc.sql("""
				select count(*), coalesce(sum(items_minor - discount_minor + tax_minor), 0), max(currency)
				from returns.return_request
				where store_id = :store and lower(customer_email) = lower(:email) and created_at > :since
				  and status not in ('REJECTED', 'CANCELLED', 'EXPIRED')
				""")
			.param("store", storeId.value())
			.param("email", email)
			.param("since", java.sql.Timestamp.from(now.minus(365, ChronoUnit.DAYS)))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
			.single();
		long count = (Long) returned[0];
		BigDecimal value = returned[2] == null ? BigDecimal.ZERO
				: new Money((Long) returned[1], java.util.Currency.getInstance((String) returned[2])).amount();
		BigDecimal rate = spent.signum() == 0 ? BigDecimal.ZERO : value.divide(spent, 4, RoundingMode.HALF_UP);
		return new ReturnCase.Customer(email, orders, spent, count, rate, tags);
	}

	private static BigDecimal decimal(long minor, Order order) {
		return new Money(minor, order.currency()).amount();
	}

	private static BigDecimal discountPercent(LineItem line) {
		long gross = line.unitPriceMinor() * line.quantity();
		return gross == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(line.discountMinor() * 100)
			.divide(BigDecimal.valueOf(gross), 2, RoundingMode.HALF_UP);
	}

	private static boolean finalSale(List<String> tags) {
		return tags.stream()
			.map(t -> t.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'))
			.anyMatch("final-sale"::equals);
	}

}
