package org.aftersale.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aftersale.orders.FulfilmentSubmission;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.EventPublications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shipments through the REST API: created on an order, fed by batches of carrier events,
 * started from shop fulfilments, shown on the order, and never visible to another store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrackingApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ShipmentTracker tracker;

	@Autowired
	OrderIntake intake;

	@Autowired
	ShipmentQueries queries;

	@Autowired
	Shipments repository;

	OpenedStore store;

	ApiClient api;

	ApiClient other;

	@BeforeEach
	void openTwoStores() {
		store = StoreFixtures.openStore(environment, port);
		api = store.api(port);
		other = StoreFixtures.openStore(environment, port).api(port);
	}

	@Test // #17
	void anOrdersDeliveryStatusFollowsItsParcels() {
		String orderId = order();
		assertThat(api.get("/api/v1/orders/" + orderId).json().get("deliveryStatus").asString())
			.isEqualTo("not_shipped");
		List<String> numbers = parcels(OrderId.of(orderId), "FOLLOW", 2);
		assertThat(api.get("/api/v1/orders/" + orderId).json().get("deliveryStatus").asString())
			.isEqualTo("in_transit");

		api.post("/api/v1/tracking-events", events(numbers.subList(0, 1), 10));
		assertThat(api.get("/api/v1/orders/" + orderId).json().get("deliveryStatus").asString())
			.isEqualTo("partially_delivered");

		api.post("/api/v1/tracking-events", events(numbers.subList(1, 2), 10));
		assertThat(api.get("/api/v1/orders/" + orderId).json().get("deliveryStatus").asString()).isEqualTo("delivered");
	}

	@Test
	void createsAShipmentOnceAndAnswers200ForTheSameNumber() {
		String orderId = order();
		String body = """
				{"trackingNumber":"1z 999-aa1 0123456784","carrier":"UPS","lineItems":[{"sku":"TSHIRT-M","quantity":2}]}""";

		ApiClient.Response created = api.post("/api/v1/orders/" + orderId + "/shipments", body);
		ApiClient.Response again = api.post("/api/v1/orders/" + orderId + "/shipments", body);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("pending");
		assertThat(created.json().get("carrier").asString()).isEqualTo("ups");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
		assertThat(created.json().get("lineItems").get(0).get("quantity").asLong()).isEqualTo(2);
	}

	@Test // #3
	void detectsTheCarrierFromTheNumberAndFillsItsTrackingPage() {
		String orderId = order();

		ApiClient.Response detected = api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"1Z5R89390357567127\"}");
		ApiClient.Response named = api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"9400111206206406260787\",\"carrier\":\"USPS\"}");
		ApiClient.Response unknown = api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"ZZ00112233\"}");

		assertThat(detected.json().get("carrier").asString()).isEqualTo("ups");
		assertThat(detected.json().get("trackingUrl").asString()).contains("1Z5R89390357567127");
		assertThat(named.status()).as(named.body()).isEqualTo(201);
		assertThat(named.json().get("carrier").asString()).isEqualTo("usps");
		assertThat(named.json().get("trackingUrl").asString()).contains("9400111206206406260787");
		assertThat(unknown.status()).isEqualTo(201);
		assertThat(unknown.json().get("carrier").isNull()).isTrue();
	}

	@Test
	void refusesLineItemsThatAreNotOnTheOrderOrAlreadyShipped() {
		String orderId = order();
		api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"AB123456\",\"lineItems\":[{\"sku\":\"MUG-1\",\"quantity\":1}]}");

		ApiClient.Response response = api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"CD123456\",\"lineItems\":[{\"sku\":\"NOPE\",\"quantity\":1},"
						+ "{\"sku\":\"MUG-1\",\"quantity\":1}]}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("lineItems[0].sku").contains("lineItems[1].quantity");
	}

	@Test
	void ingestsTenThousandEventsInOneRequestAndCountsDuplicatesAndUnknowns() {
		List<String> numbers = parcels(OrderId.of(order()), "BULK", 1000);
		String batch = events(numbers, 10);

		long started = System.nanoTime();
		ApiClient.Response first = api.post("/api/v1/tracking-events", batch);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("Ingested 10,000 tracking events in one request in %d ms (%.0f events/s)%n", millis,
				10_000 * 1000.0 / Math.max(1, millis));
		ApiClient.Response replay = api.post("/api/v1/tracking-events", batch);
		ApiClient.Response foreign = other.post("/api/v1/tracking-events", batch);

		assertThat(first.status()).as(first.body()).isEqualTo(202);
		assertThat(first.json().get("accepted").asInt()).isEqualTo(10_000);
		assertThat(first.json().get("errors").size()).isZero();
		assertThat(replay.json().get("accepted").asInt()).isZero();
		assertThat(replay.json().get("duplicates").asInt()).isEqualTo(10_000);
		assertThat(foreign.json().get("accepted").asInt()).isZero();
		assertThat(foreign.json().get("unknown").size()).isEqualTo(1000);
		ApiClient.Response delivered = api.get("/api/v1/shipments?status=delivered&limit=200");
		assertThat(delivered.json().get("items").size()).isEqualTo(200);
		assertThat(delivered.json().get("nextCursor").isNull()).isFalse();
	}

	@Test
	void publishesOneProgressEventForABatchOfCarrierEventsThatCanBeRepublished(@Autowired JdbcClient jdbc,
			@Autowired EventSerializer serializer) {
		OrderId orderId = OrderId.of(order());
		List<String> numbers = parcels(orderId, "PROG", 20);

		ApiClient.Response response = api.post("/api/v1/tracking-events", events(numbers, 10));

		assertThat(response.status()).as(response.body()).isEqualTo(202);
		String first = numbers.get(0);
		String last = numbers.get(numbers.size() - 1);
		// Twenty parcels delivered: one event for the batch, one publication for each of
		// the capabilities that react to it (notifications, webhooks), none per parcel.
		EventPublications registry = new EventPublications(jdbc);
		assertThat(registry.events(ShipmentProgressRecorded.class, first, last)).isEqualTo(1);
		assertThat(registry.publications(ShipmentProgressRecorded.class, first, last)).isEqualTo(2);
		assertThat(registry.publications(ShipmentStatusChanged.class, first)).isZero();
		assertThat(registry.publications(ShipmentDelivered.class, first)).isZero();
		String serialized = jdbc.sql("select serialized_event from events.event_publication where event_type = :type"
				+ " and serialized_event like :number union all select serialized_event"
				+ " from events.event_publication_archive where event_type = :type and serialized_event like :number")
			.param("type", ShipmentProgressRecorded.class.getName())
			.param("number", "%" + first + "%")
			.query(String.class)
			.list()
			.get(0);
		ShipmentProgressRecorded progress = (ShipmentProgressRecorded) serializer.deserialize(serialized,
				ShipmentProgressRecorded.class);
		assertThat(progress.storeId()).isEqualTo(store.id());
		assertThat(progress.orderIds()).containsExactly(orderId);
		assertThat(progress.deliveries()).hasSize(20).allMatch(d -> d.orderId().equals(orderId));
		assertThat(progress.statusChanges()).hasSize(20)
			.allMatch(c -> c.from() == ShipmentStatus.PENDING && c.to() == ShipmentStatus.DELIVERED);
	}

	@Test
	void reportsInvalidEventsByIndexAndStoresTheRest() {
		String orderId = order();
		api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"EF123456\"}");

		ApiClient.Response response = api.post("/api/v1/tracking-events",
				"""
						[{"trackingNumber":"EF123456","description":"Picked up","occurredAt":"2025-03-01T10:00:00"},
						 {"trackingNumber":"EF123456","status":"teleported","description":"?","occurredAt":"2025-03-01T11:00:00Z"},
						 {"trackingNumber":"EF123456","description":"No time"}]""");

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().get("accepted").asInt()).isEqualTo(1);
		assertThat(response.json().get("errors").get(0).get("index").asInt()).isEqualTo(1);
		assertThat(response.json().get("errors").get(1).get("field").asString()).isEqualTo("occurredAt");
		String id = api.get("/api/v1/orders/" + orderId + "/shipments").json().get(0).get("id").asString();
		ApiClient.Response shipment = api.get("/api/v1/shipments/" + id);
		assertThat(shipment.json().get("status").asString()).isEqualTo("in_transit");
		assertThat(shipment.json().get("events").get(0).get("zoneGuessed").asBoolean()).isTrue();
	}

	@Test // #17
	void refusesABatchInWhichNoEventIsValidListingEveryProblem() {
		ApiClient.Response response = api.post("/api/v1/tracking-events",
				"""
						[{"trackingNumber":"EF123456","status":"teleported","description":"?","occurredAt":"2025-03-01T11:00:00Z"},
						 {"trackingNumber":"x","description":"No time"}]""");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("[0].status",
				"[1].trackingNumber", "[1].occurredAt");
	}

	@Test
	void startsTrackingFromAFulfilmentAndShowsTheStatusOnTheOrder() {
		String orderId = order();
		intake.recordFulfilment(store.id(), OrderId.of(orderId),
				new FulfilmentSubmission("shopify-f-1", "success", "UPS", List.of("1Z999AA10123456784"),
						List.of("https://www.ups.com/track?tracknum=1Z999AA10123456784"), null, List.of(),
						Instant.now()));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(api.get("/api/v1/orders/" + orderId + "/shipments").json().size()).isEqualTo(1));

		intake.recordFulfilment(store.id(), OrderId.of(orderId),
				new FulfilmentSubmission("shopify-f-1", "success", "UPS", List.of("1Z999AA10123456784"),
						List.of("https://www.ups.com/track?tracknum=1Z999AA10123456784"), "delivered", List.of(),
						Instant.now()));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var shipments = api.get("/api/v1/orders/" + orderId).json().get("shipments");
			assertThat(shipments.size()).isEqualTo(1);
			assertThat(shipments.get(0).get("id").isNull()).isFalse();
			assertThat(shipments.get(0).get("status").asString()).isEqualTo("delivered");
		});
		var shipment = api.get("/api/v1/orders/" + orderId + "/shipments").json().get(0);
		assertThat(shipment.get("carrier").asString()).isEqualTo("ups");
		assertThat(shipment.get("lineItems").size()).isEqualTo(2);
	}

	@Test
	void answers404ForAnotherStoresOrdersAndShipments() {
		String orderId = order();
		String shipmentId = api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"GH123456\"}")
			.json()
			.get("id")
			.asString();

		assertThat(other.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"GH123456\"}").status())
			.isEqualTo(404);
		assertThat(other.get("/api/v1/orders/" + orderId + "/shipments").status()).isEqualTo(404);
		assertThat(other.get("/api/v1/shipments/" + shipmentId).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/shipments?trackingNumber=GH123456").json().get("items").size()).isZero();
		assertThat(api.get("/api/v1/shipments/" + shipmentId).status()).isEqualTo(200);
	}

	@Test
	void readsShipmentsWithTheirLinesAsTheRepositoryDoesAndOnlyOfTheStore() {
		String orderId = order();
		String withLines = api
			.post("/api/v1/orders/" + orderId + "/shipments",
					"{\"trackingNumber\":\"1Z999AA10123456784\",\"carrier\":\"UPS\",\"service\":\"Ground\","
							+ "\"lineItems\":[{\"sku\":\"TSHIRT-M\",\"quantity\":2}]}")
			.json()
			.get("id")
			.asString();
		String delivered = api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"BYID00042\"}")
			.json()
			.get("id")
			.asString();
		assertThat(api.post("/api/v1/tracking-events", events(List.of("BYID00042"), 10)).status()).isEqualTo(202);
		List<ShipmentId> ids = List.of(new ShipmentId(java.util.UUID.fromString(withLines)),
				new ShipmentId(java.util.UUID.fromString(delivered)), new ShipmentId(java.util.UUID.randomUUID()));

		Map<ShipmentId, Shipment> read = queries.findAll(store.id(), ids);

		assertThat(read).containsOnlyKeys(ids.get(0), ids.get(1));
		assertThat(read.get(ids.get(0)).lines()).hasSize(1);
		assertThat(read.get(ids.get(1)).status()).isEqualTo(ShipmentStatus.DELIVERED);
		for (ShipmentId id : ids.subList(0, 2)) {
			Shipment fromRepository = repository.findById(id.value()).orElseThrow();
			assertThat(read.get(id)).usingRecursiveComparison().isEqualTo(fromRepository);
			assertThat(queries.find(store.id(), id).orElseThrow()).usingRecursiveComparison().isEqualTo(fromRepository);
		}
		assertThat(queries.findAll(StoreFixtures.openStore(environment, port).id(), ids)).isEmpty();
		assertThat(queries.find(StoreFixtures.openStore(environment, port).id(), ids.get(0))).isEmpty();
	}

	private String order() {
		ApiClient.Response created = api.post("/api/v1/orders", OrderFixtures.anyOrderJson());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/**
	 * Tracks that many DHL parcels on the order, numbered after the prefix and the store.
	 */
	private List<String> parcels(OrderId orderId, String prefix, int count) {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String number = prefix + store.slug().substring(6).toUpperCase() + String.format("%05d", i);
			tracker.track(store.id(), orderId,
					new ShipmentSubmission(number, "dhl", null, null, null, null, null, List.of()));
			numbers.add(number);
		}
		return numbers;
	}

	private static String events(List<String> numbers, int perShipment) {
		List<Map<String, Object>> events = new ArrayList<>();
		String[] statuses = { "info_received", "in_transit", "in_transit", "in_transit", "in_transit", "in_transit",
				"in_transit", "in_transit", "out_for_delivery", "delivered" };
		for (String number : numbers) {
			for (int k = 0; k < perShipment; k++) {
				events.add(Map.of("trackingNumber", number, "carrier", "dhl", "status", statuses[k], "code", "S" + k,
						"description", "Scan " + k, "occurredAt",
						"2025-03-0" + (1 + k / 4) + "T1" + k % 4 + ":00:00+01:00", "location",
						Map.of("city", "Leipzig", "country", "DE")));
			}
		}
		return ApiJson.write(events);
	}

}
