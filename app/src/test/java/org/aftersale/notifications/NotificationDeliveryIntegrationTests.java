package org.aftersale.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.orders.OrderId;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.MailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each default trigger sends the right e-mail to the right shopper exactly once, through
 * a real SMTP server, whatever is replayed; quiet hours hold, suppressions stop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "aftersale.notifications.poll=100ms" })
class NotificationDeliveryIntegrationTests {

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", MailServer::port);
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Messages messages;

	@Autowired
	MessagingPolicies policies;

	@Autowired
	Suppressions suppressions;

	@Autowired
	TriggerSettings triggers;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	OpenedStore store;

	ApiClient api;

	@BeforeEach
	void store() {
		store = StoreFixtures.openStore(environment, port);
		api = store.api(port);
	}

	@Test
	void confirmsAnOrderOnceEvenWhenTheShopSendsItAgain() {
		String email = unique();
		String body = OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#7001", email);
		assertThat(api.post("/api/v1/orders", body).status()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(20)).until(() -> MailServer.to(email).size() == 1);
		assertThat(api.post("/api/v1/orders", body).status()).isEqualTo(200);
		pause();

		List<MimeMessage> received = MailServer.to(email);
		assertThat(received).hasSize(1);
		assertThat(header(received.get(0), "X-Aftersale-Trigger")).isEqualTo("order_confirmed");
		assertThat(subject(received.get(0))).contains("7001");
	}

	@Test // #17
	void sendsShippedWhenTheMerchantAddsAParcelAndTheOrderFollowsIt() {
		String email = unique();
		String orderId = api
			.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#7020", email))
			.json()
			.get("id")
			.asString();
		String number = "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();

		assertThat(api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"" + number + "\"}")
			.status()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> MailServer.to(email)
				.stream()
				.anyMatch(message -> "shipped".equals(header(message, "X-Aftersale-Trigger"))));
		assertThat(api.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("fulfilled");
		assertThat(api.get("/api/v1/orders/" + orderId).json().get("deliveryStatus").asString())
			.isEqualTo("in_transit");

		api.post("/api/v1/tracking-events", "[" + event(number, "in_transit", "Departed", daysAgo(0)) + ","
				+ event(number, "delivered", "Delivered", daysAgo(0)) + "]");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> MailServer.to(email)
				.stream()
				.anyMatch(message -> "delivered".equals(header(message, "X-Aftersale-Trigger"))));
		pause();

		assertThat(MailServer.to(email).stream().filter(m -> "shipped".equals(header(m, "X-Aftersale-Trigger"))))
			.as("the first scan sends no second Shipped")
			.hasSize(1);
		assertThat(api.get("/api/v1/orders/" + orderId).json().get("deliveryStatus").asString()).isEqualTo("delivered");
	}

	@Test
	void tellsShoppersNothingAboutHistoryTakenInLate() {
		// What a back-fill or an import brings: an order placed weeks ago, cancelled
		// then,
		// and a parcel that went out and arrived weeks ago.
		String email = unique();
		String weeksAgo = Instant.now().minus(Duration.ofDays(40)).toString();
		String body = OrderFixtures.orderJson(UUID.randomUUID().toString(), "#7010", email)
			.replaceFirst("\"placedAt\":\"[^\"]+\"", "\"placedAt\":\"" + weeksAgo + "\"");
		String orderId = api.post("/api/v1/orders", body).json().get("id").asString();
		String number = "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
		api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"" + number + "\",\"shippedAt\":\"" + weeksAgo + "\"}");
		api.post("/api/v1/tracking-events",
				"[" + event(number, "in_transit", "Departed", daysAgo(39)) + ","
						+ event(number, "out_for_delivery", "On the van", daysAgo(38)) + ","
						+ event(number, "delivered", "Delivered", daysAgo(38)) + "]");
		api.post("/api/v1/orders", body.replace("\"currency\"",
				"\"updatedAt\":\"" + daysAgo(37) + "\",\"cancelledAt\":\"" + daysAgo(37) + "\",\"currency\""));
		// The same shop's order of an hour ago is news, and is planned after all of the
		// above.
		String current = unique();
		api.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#7011", current));

		await().atMost(Duration.ofSeconds(20)).until(() -> MailServer.to(current).size() == 1);
		pause();
		assertThat(MailServer.to(email)).isEmpty();
		assertThat(messages.ofOrder(store.id(), new OrderId(UUID.fromString(orderId)))).isEmpty();
		assertThat(api.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("cancelled");
	}

	@Test
	void announcesShippedOutForDeliveryAndDeliveredOnceEachWhateverIsReplayed() {
		String email = unique();
		String orderId = api
			.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#7002", email))
			.json()
			.get("id")
			.asString();
		String number = "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
		assertThat(api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"" + number + "\"}")
			.status()).isEqualTo(201);
		String inTransit = event(number, "in_transit", "Departed facility", hoursAgo(20));
		String outForDelivery = event(number, "out_for_delivery", "Out for delivery", hoursAgo(6));
		String delivered = event(number, "delivered", "Delivered, front door", hoursAgo(1));
		for (String[] step : new String[][] { { inTransit, "shipped" }, { outForDelivery, "out_for_delivery" },
				{ delivered, "delivered" } }) {
			assertThat(api.post("/api/v1/tracking-events", "[" + step[0] + "]").status()).isEqualTo(202);
			await().atMost(Duration.ofSeconds(20)).until(() -> triggersOf(email).contains(step[1]));
		}
		assertThat(api.post("/api/v1/tracking-events", "[" + inTransit + "," + outForDelivery + "," + delivered + "]")
			.status()).isEqualTo(202);
		assertThat(api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"" + number + "\"}")
			.status()).isIn(200, 201);
		pause();

		assertThat(triggersOf(email)).containsExactlyInAnyOrder("order_confirmed", "shipped", "out_for_delivery",
				"delivered");
		List<Message> log = messages.ofOrder(store.id(), new OrderId(UUID.fromString(orderId)));
		assertThat(log).extracting(Message::status).containsOnly(MessageStatus.SENT);
		assertThat(log).extracting(Message::providerId).allMatch(id -> id != null && id.endsWith("@aftersale>"));
	}

	@Test
	void announcesParcelsChangingWithinTheDigestWindowInOneMessage() {
		policies.save(new MessagingPolicy(store.id(), null, null, null, null, null, false, 1, 7));
		String email = unique();
		String orderId = api
			.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#7005", email))
			.json()
			.get("id")
			.asString();
		String first = "DG" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		String second = "DG" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"" + first + "\"}");
		api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"" + second + "\"}");
		api.post("/api/v1/tracking-events", "[" + event(first, "in_transit", "Departed", hoursAgo(3)) + ","
				+ event(second, "in_transit", "Departed", hoursAgo(2)) + "]");
		OrderId order = new OrderId(UUID.fromString(orderId));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> messages.ofOrder(store.id(), order)
				.stream()
				.filter(m -> m.trigger() == Trigger.SHIPPED)
				.count() == 2);
		pause();
		assertThat(triggersOf(email)).doesNotContain("shipped");

		// The window is over: both parcels go out in one message.
		jdbc.sql("update notifications.message set due_at = now() where store_id = :store and trigger = 'shipped'")
			.param("store", store.id().value())
			.update();
		await().atMost(Duration.ofSeconds(20)).until(() -> triggersOf(email).contains("shipped"));
		pause();

		List<MimeMessage> shipped = MailServer.to(email)
			.stream()
			.filter(m -> "shipped".equals(header(m, "X-Aftersale-Trigger")))
			.toList();
		assertThat(shipped).hasSize(1);
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(shipped.get(0))).contains(first, second);
		assertThat(messages.ofOrder(store.id(), order)).filteredOn(m -> m.trigger() == Trigger.SHIPPED)
			.extracting(Message::status)
			.containsExactlyInAnyOrder(MessageStatus.SENT, MessageStatus.MERGED);
	}

	@Test
	void skipsOrdersThatMissTheTriggersConditions() {
		triggers.save(store.id(),
				new TriggerSetting(Trigger.ORDER_CONFIRMED, Channel.EMAIL, true, Duration.ZERO, new TriggerConditions(
						"any", new java.math.BigDecimal("100.00"), null, List.of(), List.of(), List.of())));
		String small = unique();
		api.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#7006", small));
		// A second store, so that its conditions cannot apply to the first store's order,
		// which is planned asynchronously.
		OpenedStore other = StoreFixtures.openStore(environment, port);
		triggers.save(other.id(), new TriggerSetting(Trigger.ORDER_CONFIRMED, Channel.EMAIL, true, Duration.ZERO,
				new TriggerConditions("any", null, null, List.of("summer"), List.of("DE"), List.of())));
		String tagged = unique();
		other.api(port)
			.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#7007", tagged));

		await().atMost(Duration.ofSeconds(20)).until(() -> MailServer.to(tagged).size() == 1);
		pause();
		assertThat(MailServer.to(small)).isEmpty();
	}

	@Test
	void holdsMessagesForTheShoppersQuietHours() {
		// Quiet all day but the last minute before midnight, in the shopper's zone
		// (Berlin).
		policies.save(new MessagingPolicy(store.id(), null, null, null, LocalTime.of(0, 0), LocalTime.of(23, 59), true,
				0, 7));
		String email = unique();
		String orderId = api
			.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#7003", email))
			.json()
			.get("id")
			.asString();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> !messages.ofOrder(store.id(), new OrderId(UUID.fromString(orderId))).isEmpty());
		Message held = messages.ofOrder(store.id(), new OrderId(UUID.fromString(orderId))).get(0);
		pause();

		assertThat(held.status()).isEqualTo(MessageStatus.HELD);
		assertThat(held.dueAt().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalTime())
			.isEqualTo(LocalTime.of(23, 59));
		assertThat(MailServer.to(email)).isEmpty();
	}

	@Test
	void sendsNothingToASuppressedAddressAndSaysSo() {
		String email = unique();
		suppressions.add(store.id(), Channel.EMAIL, email.toUpperCase(), Suppressions.Scope.ALL,
				Suppressions.Reason.UNSUBSCRIBE, "test");
		String orderId = api
			.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#7004", email))
			.json()
			.get("id")
			.asString();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> !messages.ofOrder(store.id(), new OrderId(UUID.fromString(orderId))).isEmpty());
		pause();

		assertThat(messages.ofOrder(store.id(), new OrderId(UUID.fromString(orderId)))).extracting(Message::status)
			.containsExactly(MessageStatus.SUPPRESSED);
		assertThat(MailServer.to(email)).isEmpty();
	}

	@Test
	void marketingSuppressionLeavesOrderUpdatesAlone() {
		String email = unique();
		suppressions.add(store.id(), Channel.EMAIL, email, Suppressions.Scope.MARKETING,
				Suppressions.Reason.UNSUBSCRIBE, "test");

		assertThat(suppressions.blocking(store.id(), Channel.EMAIL, email, Purpose.TRANSACTIONAL)).isEmpty();
		assertThat(suppressions.blocking(store.id(), Channel.EMAIL, email, Purpose.MARKETING)).contains("unsubscribe");
		assertThat(suppressions.blocking(StoreId.of(UUID.randomUUID().toString()), Channel.EMAIL, email,
				Purpose.MARKETING))
			.isEmpty();
	}

	@Test
	void aSenderReadsTheListForItsWholeBatchAndAnswersAsForOneAddress() {
		String marketingOnly = unique();
		String bounced = unique();
		String clean = unique();
		suppressions.add(store.id(), Channel.EMAIL, marketingOnly, Suppressions.Scope.MARKETING,
				Suppressions.Reason.UNSUBSCRIBE, "test");
		suppressions.add(store.id(), Channel.EMAIL, bounced, Suppressions.Scope.ALL, Suppressions.Reason.BOUNCE, "550");
		suppressions.add(store.id(), Channel.EMAIL, bounced, Suppressions.Scope.MARKETING,
				Suppressions.Reason.UNSUBSCRIBE, "test");
		List<String> addresses = List.of(marketingOnly.toUpperCase(), bounced, clean);

		Suppressions.Blocks blocks = suppressions.among(store.id(), Channel.EMAIL, addresses);

		for (String address : addresses) {
			for (Purpose purpose : Purpose.values()) {
				assertThat(blocks.blocking(address, purpose)).as(address + " " + purpose)
					.isEqualTo(suppressions.blocking(store.id(), Channel.EMAIL, address, purpose));
			}
		}
		assertThat(blocks.blocking(bounced, Purpose.MARKETING)).contains("bounce");
		assertThat(suppressions.among(StoreId.of(UUID.randomUUID().toString()), Channel.EMAIL, addresses)
			.blocking(bounced, Purpose.TRANSACTIONAL)).isEmpty();
		assertThat(suppressions.among(store.id(), Channel.SMS, addresses).blocking(bounced, Purpose.TRANSACTIONAL))
			.isEmpty();

		// A bounce seen by the sender itself counts for the rest of its batch.
		blocks.add(clean, Suppressions.Scope.ALL, "bounce");
		assertThat(blocks.blocking(clean.toUpperCase(), Purpose.TRANSACTIONAL)).contains("bounce");
	}

	static String event(String number, String status, String description, String at) {
		return """
				{"trackingNumber":"%s","status":"%s","description":"%s","occurredAt":"%s"}""".formatted(number, status,
				description, at);
	}

	private List<String> triggersOf(String email) {
		return MailServer.to(email).stream().map(m -> header(m, "X-Aftersale-Trigger")).toList();
	}

	static String hoursAgo(int hours) {
		return Instant.now()
			.minus(Duration.ofHours(hours))
			.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
			.toString();
	}

	static String daysAgo(int days) {
		return hoursAgo(days * 24);
	}

	static String unique() {
		return "shopper+" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
	}

	static String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name, null);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// Long enough for a wrongly planned second message to have been sent.
	static void pause() {
		try {
			Thread.sleep(1500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
