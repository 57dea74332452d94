package org.aftersale.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.aftersale.kernel.Money;
import org.aftersale.orders.FulfilmentCreated;
import org.aftersale.orders.OrderCancelled;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrdersPlaced;
import org.aftersale.orders.PlacedOrder;
import org.aftersale.orders.OrderRefunded;
import org.aftersale.orders.RefundSubmission;
import org.aftersale.orders.OrderUpdated;
import org.aftersale.orders.ShippedUnits;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.tracking.DeliveryEstimateChanged;
import org.aftersale.tracking.ShipmentException;
import org.aftersale.tracking.ShipmentId;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentStatusChanged;
import org.aftersale.tracking.ShipmentSubStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.util.AopTestUtils;

import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Domain events reach a receiver (WireMock) as signed POSTs, are retried until accepted
 * or given up, are queued once per event however often the registry delivers it, and can
 * be sent again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { WebhookFixtures.FAST_RETRIES_1, WebhookFixtures.FAST_RETRIES_2, WebhookFixtures.FAST_RETRIES_3,
				WebhookFixtures.FAST_RETRIES_4, WebhookFixtures.FAST_RETRIES_5, WebhookFixtures.FAST_RETRIES_6,
				WebhookFixtures.LOCAL_RECEIVERS })
class WebhookDeliveryIntegrationTests {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static WireMockServer receiver;

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	WebhooksForOrders webhooksForOrders;

	@Autowired
	WebhooksForShipments webhooksForShipments;

	OpenedStore store;

	ApiClient api;

	@BeforeAll
	static void startReceiver() {
		receiver = new WireMockServer(options().dynamicPort());
		receiver.start();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop();
	}

	@BeforeEach
	void openStore() {
		store = StoreFixtures.openStore(environment, port);
		api = store.api(port);
	}

	@Test
	void postsOneOrderPlacedSignedWithTheSecretShownAtCreation() {
		String path = receiverPath(200);
		String secret = WebhookFixtures.subscribe(api, url(path), "order.*").get("secret").asString();

		String orderId = api.post("/api/v1/orders", OrderFixtures.anyOrderJson()).json().get("id").asString();

		LoggedRequest request = awaitRequests(path, 1).get(0);
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		assertThat(request.getHeader("User-Agent")).isEqualTo("Aftersale-Webhooks/1");
		assertThat(request.getHeader("X-Aftersale-Event")).isEqualTo("order.placed");
		assertThat(WebhookFixtures.signatureVerifies(secret, request.getHeader("X-Aftersale-Signature"),
				request.getBody()))
			.isTrue();
		assertThat(WebhookFixtures.signatureVerifies("whsec_wrong", request.getHeader("X-Aftersale-Signature"),
				request.getBody()))
			.isFalse();
		long signedAt = Long.parseLong(request.getHeader("X-Aftersale-Signature").split(",")[0].substring(2));
		assertThat(signedAt).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
		JsonNode body = WebhookFixtures.json(request.getBody());
		assertThat(body.get("type").asString()).isEqualTo("order.placed");
		assertThat(body.get("storeId").asString()).isEqualTo(store.id().toString());
		assertThat(UUID.fromString(body.get("id").asString())).isNotNull();
		assertThat(Instant.parse(body.get("createdAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(body.get("data").get("orderId").asString()).isEqualTo(orderId);
		assertThat(body.get("data").get("total").asString()).isEqualTo("56.70");
		assertThat(body.get("data").get("currency").asString()).isEqualTo("EUR");
		assertThat(body.get("data").get("customer").get("firstName").asString()).isEqualTo("Ana");
		assertThat(body.get("data").get("lineCount").asInt()).isEqualTo(2);

		JsonNode delivery = awaitDelivery(request.getHeader("X-Aftersale-Delivery"), "delivered");
		assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
		assertThat(delivery.get("eventId").asString()).isEqualTo(body.get("id").asString());
		sleep(Duration.ofSeconds(1));
		assertThat(receiver.findAll(postRequestedFor(urlPathEqualTo(path)))).hasSize(1);
	}

	@Test
	void postsShipmentEventsOnlyToSubscriptionsThatWantThem() {
		String deliveredOnly = receiverPath(200);
		String ordersOnly = receiverPath(200);
		String allShipments = receiverPath(200);
		WebhookFixtures.subscribe(api, url(deliveredOnly), "shipment.delivered");
		WebhookFixtures.subscribe(api, url(ordersOnly), "order.placed");
		WebhookFixtures.subscribe(api, url(allShipments), "shipment.*");
		String orderId = api.post("/api/v1/orders", OrderFixtures.anyOrderJson()).json().get("id").asString();
		String number = "WHK" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);

		assertThat(api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"" + number + "\"}")
			.status()).isEqualTo(201);
		ApiClient.Response events = api.post("/api/v1/tracking-events", """
				[{"trackingNumber":"%s","status":"delivered","description":"Left at the front door",
				  "occurredAt":"2026-10-03T14:00:00+02:00"}]""".formatted(number));
		assertThat(events.status()).as(events.body()).isEqualTo(202);

		awaitRequests(allShipments, 3);
		assertThat(eventTypes(awaitRequests(deliveredOnly, 1))).containsExactly("shipment.delivered");
		assertThat(eventTypes(awaitRequests(ordersOnly, 1))).containsExactly("order.placed");
		sleep(Duration.ofSeconds(1));
		assertThat(eventTypes(receiver.findAll(postRequestedFor(urlPathEqualTo(allShipments)))))
			.containsExactlyInAnyOrder("shipment.created", "shipment.status_changed", "shipment.delivered");
		assertThat(eventTypes(receiver.findAll(postRequestedFor(urlPathEqualTo(deliveredOnly)))))
			.containsExactly("shipment.delivered");
		assertThat(eventTypes(receiver.findAll(postRequestedFor(urlPathEqualTo(ordersOnly)))))
			.containsExactly("order.placed");
		JsonNode delivered = receiver.findAll(postRequestedFor(urlPathEqualTo(deliveredOnly)))
			.stream()
			.map(r -> WebhookFixtures.json(r.getBody()))
			.findFirst()
			.orElseThrow();
		assertThat(delivered.get("data").get("orderId").asString()).isEqualTo(orderId);
		assertThat(delivered.get("data").get("deliveredAt").asString()).isEqualTo("2026-10-03T12:00:00Z");
	}

	@Test
	void retriesAfterAServerErrorAndEndsDeliveredWithTwoAttemptsLogged() {
		String path = "/hooks/" + UUID.randomUUID();
		receiver.stubFor(post(urlPathEqualTo(path)).inScenario(path)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("database is down"))
			.willSetStateTo("recovered"));
		receiver.stubFor(post(urlPathEqualTo(path)).inScenario(path)
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200).withBody("ok")));
		WebhookFixtures.subscribe(api, url(path), "order.placed");

		api.post("/api/v1/orders", OrderFixtures.anyOrderJson());

		List<LoggedRequest> requests = awaitRequests(path, 2);
		String deliveryId = requests.get(0).getHeader("X-Aftersale-Delivery");
		assertThat(requests.get(1).getHeader("X-Aftersale-Delivery")).isEqualTo(deliveryId);
		assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
		JsonNode delivery = awaitDelivery(deliveryId, "delivered");
		assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
		assertThat(delivery.get("nextAttemptAt").isNull()).isTrue();
		JsonNode log = delivery.get("attemptLog");
		assertThat(log).hasSize(2);
		assertThat(log.get(0).get("statusCode").asInt()).isEqualTo(500);
		assertThat(log.get(0).get("responseExcerpt").asString()).isEqualTo("database is down");
		assertThat(log.get(1).get("statusCode").asInt()).isEqualTo(200);
	}

	@Test
	void givesUpOnADeadReceiverAfterTheLastAttempt() {
		String path = receiverPath(503);
		JsonNode subscription = WebhookFixtures.subscribe(api, url(path), "order.placed");

		api.post("/api/v1/orders", OrderFixtures.anyOrderJson());

		List<LoggedRequest> requests = awaitRequests(path, 3);
		JsonNode delivery = awaitDelivery(requests.get(0).getHeader("X-Aftersale-Delivery"), "failed");
		assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
		assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(503);
		assertThat(delivery.get("nextAttemptAt").isNull()).isTrue();
		assertThat(delivery.get("attemptLog")).hasSize(3);
		sleep(Duration.ofSeconds(1));
		assertThat(receiver.findAll(postRequestedFor(urlPathEqualTo(path)))).hasSize(3);
		assertThat(api.get("/api/v1/webhooks/" + subscription.get("id").asString() + "/deliveries")
			.json()
			.get("items")
			.get(0)
			.get("status")
			.asString()).isEqualTo("failed");
	}

	@Test
	void recordsTheErrorWhenNothingAnswers() {
		JsonNode subscription = WebhookFixtures.subscribe(api, "http://127.0.0.1:1/nobody-listens", "order.placed");

		api.post("/api/v1/orders", OrderFixtures.anyOrderJson());

		await().atMost(PATIENCE).untilAsserted(() -> {
			JsonNode items = api.get("/api/v1/webhooks/" + subscription.get("id").asString() + "/deliveries")
				.json()
				.get("items");
			assertThat(items).hasSize(1);
			assertThat(items.get(0).get("status").asString()).isEqualTo("failed");
			assertThat(items.get(0).get("attempts").asInt()).isEqualTo(3);
			assertThat(items.get(0).get("lastError").asString()).isNotBlank();
		});
	}

	@Test
	void queuesNoSecondDeliveryWhenTheSameEventComesAgain() {
		String path = receiverPath(200);
		JsonNode subscription = WebhookFixtures.subscribe(api, url(path), "order.placed");
		String order = OrderFixtures.anyOrderJson();
		String orderId = api.post("/api/v1/orders", order).json().get("id").asString();
		awaitRequests(path, 1);

		assertThat(api.post("/api/v1/orders", order).status()).isEqualTo(200);
		OrdersPlaced redelivered = new OrdersPlaced(store.id(),
				List.of(new PlacedOrder(OrderId.of(orderId), "#1", "ana@example.com", "Ana", "Souza", Instant.now(),
						Money.parse("56.70", java.util.Currency.getInstance("EUR")), 2, Instant.now())));
		// The bean itself, not its asynchronous proxy, so the calls are done when they
		// return.
		WebhooksForOrders listener = AopTestUtils.getUltimateTargetObject(webhooksForOrders);
		listener.on(redelivered);
		listener.on(redelivered);

		sleep(Duration.ofSeconds(1));
		assertThat(receiver.findAll(postRequestedFor(urlPathEqualTo(path)))).hasSize(1);
		assertThat(api.get("/api/v1/webhooks/" + subscription.get("id").asString() + "/deliveries").json().get("items"))
			.hasSize(1);
	}

	@Test
	void resendsADeliveredDeliveryWithTheSameIdAndBody() {
		String path = receiverPath(200);
		String secret = WebhookFixtures.subscribe(api, url(path), "order.placed").get("secret").asString();
		api.post("/api/v1/orders", OrderFixtures.anyOrderJson());
		LoggedRequest first = awaitRequests(path, 1).get(0);
		String deliveryId = first.getHeader("X-Aftersale-Delivery");
		awaitDelivery(deliveryId, "delivered");

		ApiClient.Response resent = api.post("/api/v1/webhook-deliveries/" + deliveryId + "/resend", "");

		assertThat(resent.status()).as(resent.body()).isEqualTo(202);
		LoggedRequest second = awaitRequests(path, 2).get(1);
		assertThat(second.getHeader("X-Aftersale-Delivery")).isEqualTo(deliveryId);
		assertThat(second.getBodyAsString()).isEqualTo(first.getBodyAsString());
		assertThat(
				WebhookFixtures.signatureVerifies(secret, second.getHeader("X-Aftersale-Signature"), second.getBody()))
			.isTrue();
		JsonNode delivery = awaitDelivery(deliveryId, "delivered");
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(api.get("/api/v1/webhook-deliveries/" + deliveryId).json().get("attemptLog"))
						.hasSize(2));
		assertThat(delivery.get("eventType").asString()).isEqualTo("order.placed");
	}

	@Test
	void signsWithTheNewSecretAfterARotation() {
		String path = receiverPath(200);
		JsonNode subscription = WebhookFixtures.subscribe(api, url(path), "order.placed");
		String oldSecret = subscription.get("secret").asString();
		ApiClient.Response rotated = api
			.post("/api/v1/webhooks/" + subscription.get("id").asString() + "/rotate-secret", "");
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		String newSecret = rotated.json().get("secret").asString();

		api.post("/api/v1/orders", OrderFixtures.anyOrderJson());

		LoggedRequest request = awaitRequests(path, 1).get(0);
		assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
		assertThat(WebhookFixtures.signatureVerifies(newSecret, request.getHeader("X-Aftersale-Signature"),
				request.getBody()))
			.isTrue();
		assertThat(WebhookFixtures.signatureVerifies(oldSecret, request.getHeader("X-Aftersale-Signature"),
				request.getBody()))
			.isFalse();
	}

	@Test
	void sendsEveryEventUnderItsPublicNameWithWireValues() {
		String path = receiverPath(200);
		WebhookFixtures.subscribe(api, url(path), "*");
		WebhooksForOrders orders = AopTestUtils.getUltimateTargetObject(webhooksForOrders);
		WebhooksForShipments shipments = AopTestUtils.getUltimateTargetObject(webhooksForShipments);
		OrderId orderId = new OrderId(UUID.randomUUID());
		ShipmentId shipmentId = new ShipmentId(UUID.randomUUID());
		Instant at = Instant.parse("2026-10-02T08:00:00Z");
		java.util.Currency eur = java.util.Currency.getInstance("EUR");

		orders.on(new OrderUpdated(store.id(), orderId, "#7", List.of("totals"), at));
		orders.on(new OrderCancelled(store.id(), orderId, "#7", null, at));
		orders.on(new FulfilmentCreated(store.id(), orderId, UUID.randomUUID(), List.of("1Z999"), "UPS",
				List.of("https://ups.example/1Z999"), List.of(new ShippedUnits(UUID.randomUUID(), "MUG-1", 1)), at));
		orders.on(new OrderRefunded(store.id(), orderId, UUID.randomUUID(), Money.parse("12.00", eur), List.of(),
				RefundSubmission.Origin.SHOP, at));
		shipments.announce(new ShipmentStatusChanged(store.id(), shipmentId, orderId, ShipmentStatus.IN_TRANSIT,
				ShipmentStatus.FAILED_ATTEMPT, ShipmentSubStatus.RECIPIENT_NOT_AVAILABLE, at, "1Z999", "ups"));
		shipments.announce(new ShipmentException(store.id(), shipmentId, orderId, ShipmentSubStatus.CUSTOMS_HOLD,
				"Held at customs", at, "1Z999", "ups"));
		shipments.announce(new DeliveryEstimateChanged(store.id(), shipmentId, orderId, null,
				java.time.LocalDate.parse("2026-10-05"), at));
		shipments.on(new org.aftersale.tracking.DeliveryDelayed(store.id(), shipmentId, orderId,
				org.aftersale.tracking.DeliveryDelayed.Reason.PAST_PROMISED_DATE,
				java.time.LocalDate.parse("2026-10-01"), null, Instant.parse("2026-10-01T22:00:00Z"), at, "1Z999",
				"ups"));

		Map<String, JsonNode> data = new java.util.HashMap<>();
		awaitRequests(path, 8)
			.forEach(r -> data.put(r.getHeader("X-Aftersale-Event"), WebhookFixtures.json(r.getBody()).get("data")));
		assertThat(data).containsOnlyKeys("order.updated", "order.cancelled", "order.fulfilled", "order.refunded",
				"shipment.status_changed", "shipment.exception", "shipment.estimate_changed", "shipment.delayed");
		assertThat(data.get("shipment.delayed").get("reason").asString()).isEqualTo("past_promised_date");
		assertThat(data.get("shipment.delayed").get("promisedDate").asString()).isEqualTo("2026-10-01");
		assertThat(data.get("shipment.delayed").get("lateSince").asString()).isEqualTo("2026-10-01T22:00:00Z");
		assertThat(data.get("order.updated").get("changes").get(0).asString()).isEqualTo("totals");
		assertThat(data.get("order.cancelled").get("reason").isNull()).isTrue();
		assertThat(data.get("order.fulfilled").get("lines").get(0).get("sku").asString()).isEqualTo("MUG-1");
		assertThat(data.get("order.fulfilled").get("carrier").asString()).isEqualTo("UPS");
		assertThat(data.get("order.refunded").get("amount").asString()).isEqualTo("12.00");
		assertThat(data.get("shipment.status_changed").get("to").asString()).isEqualTo("failed_attempt");
		assertThat(data.get("shipment.status_changed").get("subStatus").asString())
			.isEqualTo("recipient_not_available");
		assertThat(data.get("shipment.exception").get("subStatus").asString()).isEqualTo("customs_hold");
		assertThat(data.get("shipment.estimate_changed").get("to").asString()).isEqualTo("2026-10-05");
		assertThat(data.get("shipment.estimate_changed").get("occurredAt").asString())
			.isEqualTo("2026-10-02T08:00:00Z");
	}

	private String receiverPath(int status) {
		String path = "/hooks/" + UUID.randomUUID();
		receiver.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));
		return path;
	}

	private String url(String path) {
		return "http://localhost:" + receiver.port() + path;
	}

	private List<LoggedRequest> awaitRequests(String path, int count) {
		await().atMost(PATIENCE).until(() -> receiver.findAll(postRequestedFor(urlPathEqualTo(path))).size() >= count);
		return receiver.findAll(postRequestedFor(urlPathEqualTo(path)));
	}

	private JsonNode awaitDelivery(String deliveryId, String status) {
		await().atMost(PATIENCE)
			.until(() -> api.get("/api/v1/webhook-deliveries/" + deliveryId)
				.json()
				.get("status")
				.asString()
				.equals(status));
		return api.get("/api/v1/webhook-deliveries/" + deliveryId).json();
	}

	private static List<String> eventTypes(List<LoggedRequest> requests) {
		return requests.stream().map(r -> r.getHeader("X-Aftersale-Event")).toList();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
