package org.aftersale.customers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.RefundSubmission;
import org.aftersale.orders.OrdersPlaced;
import org.aftersale.orders.PlacedOrder;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderHistoryOfCustomersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	OrderIntake intake;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	StoreId storeId;

	@BeforeEach
	void connect() {
		InitialCredentials credentials = InitialCredentials.of(environment);
		api = new ApiClient(port, credentials.apiKey());
		storeId = StoreId.of(credentials.storeId());
	}

	@Test
	void registersShoppersFromTheirOrdersAndKeepsTheirHistory() {
		String email = "ana+" + unique() + "@example.com";
		String first = unique();
		String second = unique();
		assertThat(api.post("/api/v1/orders", OrderFixtures.orderJson(first, "#" + first, email)).status())
			.isEqualTo(201);
		api.post("/api/v1/orders", OrderFixtures.orderJson(second, "#" + second, email.toUpperCase()));

		JsonNode customer = awaitCustomer(email, c -> c.get("ordersCount").asLong() == 2);
		assertThat(customer.get("source").asString()).isEqualTo("orders");
		assertThat(customer.get("firstName").asString()).isEqualTo("Ana");
		assertThat(customer.get("lastName").asString()).isEqualTo("Souza");
		assertThat(customer.get("totalSpent").asString()).isEqualTo("113.40");
		assertThat(customer.get("currency").asString()).isEqualTo("EUR");
		assertThat(customer.get("firstOrderAt").asString()).isEqualTo("2026-10-01T08:15:30Z");

		api.post("/api/v1/orders", cancelled(OrderFixtures.orderJson(second, "#" + second, email)));
		intake.recordRefund(storeId, "api", first, RefundSubmission.ofAmount("refund-1", "10.00", null, Instant.now()));

		JsonNode after = awaitCustomer(email,
				c -> c.get("cancelledCount").asLong() == 1 && c.get("totalSpent").asString().equals("46.70"));
		assertThat(after.get("ordersCount").asLong()).isEqualTo(2);
	}

	@Test
	void countsAnOrderPlacedAndCancelledAtOnceOnlyAsCancelled() {
		String email = "bo+" + unique() + "@example.com";
		String ext = unique();
		api.post("/api/v1/orders", cancelled(OrderFixtures.orderJson(ext, "#" + ext, email)));

		JsonNode customer = awaitCustomer(email, c -> c.get("cancelledCount").asLong() == 1);
		assertThat(customer.get("ordersCount").asLong()).isEqualTo(1);
		assertThat(customer.get("totalSpent").asString()).isEqualTo("0.00");
	}

	@Test
	void keepsWhatTheShopSaidAboutACustomerAndAddsTheirOrders() {
		String email = "cy+" + unique() + "@example.com";
		api.post("/api/v1/customers",
				"{\"email\":\"" + email + "\",\"firstName\":\"Cyrus\",\"acceptsMarketing\":true}");
		String ext = unique();
		api.post("/api/v1/orders", OrderFixtures.orderJson(ext, "#" + ext, email));

		JsonNode customer = awaitCustomer(email, c -> c.get("ordersCount").asLong() == 1);
		assertThat(customer.get("firstName").asString()).isEqualTo("Cyrus");
		assertThat(customer.get("lastName").asString()).isEqualTo("Souza");
		assertThat(customer.get("source").asString()).isEqualTo("api");
		assertThat(customer.get("totalSpent").asString()).isEqualTo("56.70");
	}

	@Test
	void countsARedeliveredOrderPlacedOnce() {
		String email = "di+" + unique() + "@example.com";
		JsonNode order = place(email);
		awaitCustomer(email, c -> c.get("ordersCount").asLong() == 1);

		OrdersPlaced again = new OrdersPlaced(storeId,
				List.of(new PlacedOrder(OrderId.of(order.get("id").asString()), order.get("number").asString(), email,
						"Ana", "Souza", Instant.parse(order.get("placedAt").asString()),
						Money.parse("56.70", java.util.Currency.getInstance("EUR")), 2, Instant.now())));
		// The registry redelivers a publication after a crash; delivering it twice in
		// turn is
		// what the listener sees then.
		for (int delivery = 0; delivery < 2; delivery++) {
			transactions.executeWithoutResult(status -> events.publishEvent(again));
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
					select count(*) from events.event_publication
					where completion_date is null and listener_id like '%OrderHistoryOfCustomers%'
					""").query(Long.class).single() == 0);
		}
		JsonNode customer = awaitCustomer(email, c -> true);
		assertThat(customer.get("ordersCount").asLong()).isEqualTo(1);
		assertThat(customer.get("totalSpent").asString()).isEqualTo("56.70");
		assertThat(jdbc.sql("select count(*) from customers.processed_order_event where order_id = :order")
			.param("order", UUID.fromString(order.get("id").asString()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	// A cancellation applied before the placement, under the e-mail the order had then,
	// left a link behind; the shopper the placement introduces takes the order over with
	// that cancellation instead of starting from a clean first order.
	@Test
	void aNewShopperTakesOverAnOrderLinkedBeforeWithWhatHappenedToIt() {
		String before = "el+" + unique() + "@example.com";
		String placedAs = "fa+" + unique() + "@example.com";
		JsonNode order = place(before);
		awaitCustomer(before, c -> c.get("ordersCount").asLong() == 1);
		UUID orderId = UUID.fromString(order.get("id").asString());
		jdbc.sql("update customers.customer_order set cancelled = true where order_id = :order")
			.param("order", orderId)
			.update();
		jdbc.sql("delete from customers.processed_order_event where order_id = :order and event_key = 'placed'")
			.param("order", orderId)
			.update();

		OrdersPlaced placed = new OrdersPlaced(storeId,
				List.of(new PlacedOrder(new OrderId(orderId), order.get("number").asString(), placedAs, "Fa", "Souza",
						Instant.parse(order.get("placedAt").asString()),
						Money.parse("56.70", java.util.Currency.getInstance("EUR")), 2, Instant.now())));
		transactions.executeWithoutResult(status -> events.publishEvent(placed));

		JsonNode customer = awaitCustomer(placedAs, c -> true);
		assertThat(customer.get("ordersCount").asLong()).isEqualTo(1);
		assertThat(customer.get("cancelledCount").asLong()).isEqualTo(1);
		assertThat(customer.get("totalSpent").asString()).isEqualTo("0.00");
	}

	@Test
	void aShopperMetThroughTheirFirstOrderHasThatOrderAsTheirHistory() {
		String email = "gu+" + unique() + "@example.com";
		JsonNode order = place(email);

		JsonNode customer = awaitCustomer(email, c -> c.get("ordersCount").asLong() == 1);
		assertThat(customer.get("cancelledCount").asLong()).isZero();
		assertThat(customer.get("totalSpent").asString()).isEqualTo("56.70");
		assertThat(customer.get("firstOrderAt").asString()).isEqualTo(order.get("placedAt").asString());
		assertThat(customer.get("lastOrderAt").asString()).isEqualTo(order.get("placedAt").asString());
	}

	@Test
	void registersTheShoppersOfABatchOnceEachWithAllTheirOrdersInIt() {
		String known = "ha+" + unique() + "@example.com";
		String fresh = "hb+" + unique() + "@example.com";
		String mixed = "hc+" + unique() + "@example.com";
		place(known);
		awaitCustomer(known, c -> c.get("ordersCount").asLong() == 1);

		String later = "\"placedAt\":\"2026-10-03T10:15:30+02:00\"";
		String body = "{\"orders\":[" + String.join(",", orderJson(fresh), orderJson(known),
				orderJson(fresh).replace("\"placedAt\":\"2026-10-01T10:15:30+02:00\"", later), orderJson(mixed),
				orderJson(mixed).replace("\"currency\":\"EUR\"", "\"currency\":\"USD\"")
					.replace("\"placedAt\":\"2026-10-01T10:15:30+02:00\"", later))
				+ "]}";
		assertThat(api.post("/api/v1/orders/batch", body).json().get("created").asInt()).isEqualTo(5);

		JsonNode first = awaitCustomer(fresh, c -> c.get("ordersCount").asLong() == 2);
		assertThat(first.get("totalSpent").asString()).isEqualTo("113.40");
		assertThat(first.get("firstOrderAt").asString()).isEqualTo("2026-10-01T08:15:30Z");
		assertThat(first.get("lastOrderAt").asString()).isEqualTo("2026-10-03T08:15:30Z");
		JsonNode again = awaitCustomer(known, c -> c.get("ordersCount").asLong() == 2);
		assertThat(again.get("totalSpent").asString()).isEqualTo("113.40");
		JsonNode twoCurrencies = awaitCustomer(mixed, c -> c.get("ordersCount").asLong() == 2);
		assertThat(twoCurrencies.get("totalSpent").asString()).as("only the first order's currency is summed")
			.isEqualTo("56.70");
		assertThat(twoCurrencies.get("currency").asString()).isEqualTo("EUR");
		assertThat(jdbc.sql("select count(*) from customers.customer where email in (:emails)")
			.param("emails", List.of(known, fresh, mixed))
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	// Four batches at once introduce the same twenty shoppers: every batch but one finds
	// some of them being inserted by another, and must end up linking to those.
	@Test
	void concurrentBatchesIntroducingTheSameShoppersRegisterEachOnce() throws Exception {
		String run = unique();
		List<String> emails = java.util.stream.IntStream.range(0, 20)
			.mapToObj(i -> "co" + i + "+" + run + "@example.com")
			.toList();
		List<java.util.concurrent.Callable<Integer>> posts = new java.util.ArrayList<>();
		for (int batch = 0; batch < 4; batch++) {
			String body = "{\"orders\":[" + String.join(",", emails.stream().map(e -> orderJson(e)).toList()) + "]}";
			posts.add(() -> api.post("/api/v1/orders/batch", body).json().get("created").asInt());
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			for (var created : pool.invokeAll(posts)) {
				assertThat(created.get()).isEqualTo(20);
			}
		}
		finally {
			pool.shutdown();
		}

		for (String email : emails) {
			assertThat(awaitCustomer(email, c -> c.get("ordersCount").asLong() == 4).get("totalSpent").asString())
				.isEqualTo("226.80");
		}
		assertThat(jdbc.sql("select count(*) from customers.customer where email in (:emails)")
			.param("emails", emails)
			.query(Long.class)
			.single()).isEqualTo(20);
	}

	private static String orderJson(String email) {
		String ext = unique();
		return OrderFixtures.orderJson(ext, "#" + ext, email);
	}

	private JsonNode place(String email) {
		String ext = unique();
		return api.post("/api/v1/orders", OrderFixtures.orderJson(ext, "#" + ext, email)).json();
	}

	private JsonNode awaitCustomer(String email, java.util.function.Predicate<JsonNode> condition) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
			JsonNode items = api.get("/api/v1/customers?email=" + email.replace("+", "%2B")).json().get("items");
			found[0] = items.isEmpty() ? null : items.get(0);
			return found[0] != null && condition.test(found[0]);
		});
		return found[0];
	}

	private static String cancelled(String orderJson) {
		return orderJson.replace("\"currency\":\"EUR\",",
				"\"currency\":\"EUR\",\"cancelledAt\":\"2026-10-02T10:00:00Z\",\"updatedAt\":\"2026-10-02T10:00:00Z\",");
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
