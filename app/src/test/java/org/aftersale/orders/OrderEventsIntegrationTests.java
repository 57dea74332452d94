package org.aftersale.orders;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.EventPublications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventSerializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Order events go through the Event Publication Registry exactly as often as the order
 * really changed: a replay publishes nothing, a change publishes {@code OrderUpdated}, a
 * stale version publishes nothing and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderEventsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordedOrderEvents recorded;

	ApiClient api;

	@BeforeEach
	void openStore() {
		api = StoreFixtures.openStore(environment, port).api(port);
	}

	@Test
	void publishesThePlacementOnceForAReplayedOrder() {
		String json = OrderFixtures.orderJson("evt-1", "#9001", "events@example.com");

		String id = api.post("/api/v1/orders", json).json().get("id").asString();
		ApiClient.Response replay = api.post("/api/v1/orders", json);

		assertThat(replay.status()).isEqualTo(200);
		assertThat(publications(OrdersPlaced.class, id)).isEqualTo(1);
		assertThat(publications(OrderUpdated.class, id)).isZero();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(recorded.placed(id)).isEqualTo(1));
	}

	@Test
	void publishesTheNewOrdersOfABatchAsOneEventThatListenersSeeEachOrderOf() {
		String body = "{\"orders\":[" + OrderFixtures.orderJson("evt-b1", "#9101", "b1@example.com") + ","
				+ OrderFixtures.orderJson("evt-b2", "#9102", "b2@example.com") + ","
				+ OrderFixtures.orderJson("evt-b1", "#9101", "b1@example.com") + ","
				+ OrderFixtures.orderJson("evt-b3", "#9103", "b3@example.com") + "]}";

		List<String> ids = new java.util.ArrayList<>();
		api.post("/api/v1/orders/batch", body).json().get("results").forEach(row -> ids.add(row.get("id").asString()));

		assertThat(ids.get(2)).as("the same order twice in a batch").isEqualTo(ids.get(0));
		assertThat(publications(OrdersPlaced.class, ids.get(0), ids.get(1), ids.get(3)))
			.as("one event, with all three new orders")
			.isEqualTo(1);
		assertThat(publications(OrdersPlaced.class, ids.get(1))).isEqualTo(1);
		assertThat(publications(OrdersPlaced.class, ids.get(3))).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(recorded.placed(ids.get(0))).isEqualTo(1);
			assertThat(recorded.placed(ids.get(1))).isEqualTo(1);
			assertThat(recorded.placed(ids.get(3))).isEqualTo(1);
		});
	}

	@Test
	void publishesOrderUpdatedWhenTheShopChangesTheOrder() {
		String id = api.post("/api/v1/orders", versioned("evt-2", "2026-10-01T10:00:00Z", "Ana"))
			.json()
			.get("id")
			.asString();

		ApiClient.Response updated = api.post("/api/v1/orders", versioned("evt-2", "2026-10-02T10:00:00Z", "Anna"));

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("customer").get("firstName").asString()).isEqualTo("Anna");
		assertThat(publications(OrdersPlaced.class, id)).isEqualTo(1);
		assertThat(publications(OrderUpdated.class, id)).isEqualTo(1);
	}

	@Test
	void ignoresAStaleUpdate() {
		String id = api.post("/api/v1/orders", versioned("evt-3", "2026-10-02T10:00:00Z", "Ana"))
			.json()
			.get("id")
			.asString();

		ApiClient.Response stale = api.post("/api/v1/orders", versioned("evt-3", "2026-10-01T10:00:00Z", "Stale"));

		assertThat(stale.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/orders/" + id).json().get("customer").get("firstName").asString()).isEqualTo("Ana");
		assertThat(publications(OrderUpdated.class, id)).isZero();
		assertThat(publications(OrdersPlaced.class, id)).isEqualTo(1);
	}

	@Test
	void serializesOrderEventsSoThatTheyCanBeRepublishedAfterARestart(@Autowired EventSerializer serializer) {
		StoreId store = new StoreId(UUID.randomUUID());
		OrderId order = new OrderId(UUID.randomUUID());
		java.time.Instant now = java.time.Instant.parse("2026-10-01T10:00:00Z");
		Money total = Money.parse("56.70", java.util.Currency.getInstance("EUR"));
		List<Object> events = List.of(
				new OrdersPlaced(store,
						List.of(new PlacedOrder(order, "#1", "a@example.com", "Ana", null, now, total, 2, now))),
				new OrderUpdated(store, order, "#1", List.of("customer"), now),
				new OrderCancelled(store, order, "#1", null, now),
				new FulfilmentCreated(store, order, UUID.randomUUID(), List.of("1Z999"), "UPS",
						List.of("https://ups.example/1Z999"), List.of(new ShippedUnits(UUID.randomUUID(), "SKU", 1)),
						now),
				new FulfilmentUpdated(store, order, UUID.randomUUID(), "success", "delivered", List.of("1Z999"), now),
				new OrderRefunded(store, order, UUID.randomUUID(), total,
						List.of(new RefundLine(UUID.randomUUID(), UUID.randomUUID(), 1, 2500, 475, true)),
						RefundSubmission.Origin.SHOP, now));

		for (Object event : events) {
			Object serialized = serializer.serialize(event);
			assertThat(serializer.deserialize(serialized, event.getClass())).isEqualTo(event);
		}
	}

	private long publications(Class<?> type, String... orderIds) {
		return new EventPublications(jdbc).events(type, orderIds);
	}

	private static String versioned(String externalId, String updatedAt, String firstName) {
		return OrderFixtures.orderJson(externalId, "#" + externalId, "events@example.com")
			.replace("\"firstName\":\"Ana\"", "\"firstName\":\"" + firstName + "\"")
			.replaceFirst("\\{", "{\"updatedAt\":\"" + updatedAt + "\",");
	}

	@TestConfiguration
	static class Listeners {

		@Bean
		RecordedOrderEvents recordedOrderEvents() {
			return new RecordedOrderEvents();
		}

	}

	/**
	 * A stand-in for the capabilities that will react to orders, so that the registry
	 * records publications for them.
	 */
	static class RecordedOrderEvents {

		final List<Object> events = new CopyOnWriteArrayList<>();

		@ApplicationModuleListener
		void on(OrdersPlaced event) {
			events.addAll(event.orders());
		}

		@ApplicationModuleListener
		void on(OrderUpdated event) {
			events.add(event);
		}

		long placed(String orderId) {
			return events.stream()
				.filter(e -> e instanceof PlacedOrder placed && placed.orderId().value().toString().equals(orderId))
				.count();
		}

	}

}
