package org.aftersale.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.orders.OrderId;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.MailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.aftersale.notifications.NotificationDeliveryIntegrationTests.event;
import static org.aftersale.notifications.NotificationDeliveryIntegrationTests.header;
import static org.aftersale.notifications.NotificationDeliveryIntegrationTests.pause;
import static org.aftersale.notifications.NotificationDeliveryIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With every trigger switched on, an order's whole life sends each trigger's e-mail to
 * its shopper exactly once, at the moment it is about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "aftersale.notifications.poll=100ms" })
class EveryTriggerIntegrationTests {

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", MailServer::port);
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	TriggerSettings triggers;

	@Autowired
	Messages messages;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void sendsEachTriggerOnceOverAnOrdersLife() throws Exception {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		for (Trigger trigger : Trigger.values()) {
			triggers.save(store.id(),
					new TriggerSetting(trigger, Channel.EMAIL, true, Duration.ZERO, TriggerConditions.NONE));
		}
		ApiClient api = store.api(port);
		String email = unique();
		String body = OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#8101", email);
		String orderId = api.post("/api/v1/orders", body).json().get("id").asString();
		expect(email, "order_confirmed");

		String first = number();
		api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"" + first + "\",\"estimatedDelivery\":\"" + LocalDate.now().plusDays(3) + "\"}");
		expect(email, "label_created");
		// Scans of the last few hours: still news, each of them.
		Instant t = Instant.now().minus(8, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		step(api, email, event(first, "in_transit", "Departed", t.toString()), "shipped");
		step(api, email, event(first, "out_for_delivery", "On the van", t.plusSeconds(1200).toString()),
				"out_for_delivery");
		step(api, email, event(first, "failed_attempt", "Nobody home", t.plusSeconds(2400).toString()),
				"failed_attempt");
		step(api, email, event(first, "in_transit", "Back at depot", t.plusSeconds(3600).toString()), "in_transit");
		step(api, email, """
				{"trackingNumber":"%s","status":"in_transit","description":"New date","occurredAt":"%s",
				 "estimatedDelivery":"%s"}""".formatted(first, t.plusSeconds(4800), LocalDate.now().plusDays(5)),
				"delivery_date_changed");
		step(api, email, event(first, "available_for_pickup", "At the pickup point", t.plusSeconds(6000).toString()),
				"available_for_pickup");
		step(api, email, """
				{"trackingNumber":"%s","status":"exception","subStatus":"damaged","description":"Damaged",
				 "occurredAt":"%s"}""".formatted(first, t.plusSeconds(7200)), "exception");
		step(api, email, event(first, "delivered", "Delivered", t.plusSeconds(8400).toString()), "delivered");

		String second = number();
		api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"" + second + "\"}");
		api.post("/api/v1/tracking-events", "[" + event(second, "in_transit", "Departed", t.toString()) + "]");
		step(api, email, """
				{"trackingNumber":"%s","status":"exception","subStatus":"returned_to_sender","description":"Returned",
				 "occurredAt":"%s"}""".formatted(second, t.plusSeconds(3600)), "returned_to_sender");

		// Promised for the day before yesterday and still on its way: late since
		// yesterday.
		String third = number();
		api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"" + third
				+ "\",\"estimatedDelivery\":\"" + LocalDate.now().minusDays(2) + "\"}");
		api.post("/api/v1/tracking-events", "[" + event(third, "in_transit", "Departed", t.toString()) + "]");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> messages.ofOrder(store.id(), order(orderId))
				.stream()
				.filter(m -> m.trigger() == Trigger.SHIPPED)
				.count() == 3);
		Object watch = context.getBean(Class.forName("org.aftersale.tracking.DelayWatch"));
		java.lang.reflect.Method sweep = watch.getClass().getDeclaredMethod("sweep");
		sweep.setAccessible(true);
		sweep.invoke(watch);
		expect(email, "delayed");

		String cancelled = unique();
		String cancelledBody = OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#8102", cancelled);
		api.post("/api/v1/orders", cancelledBody);
		expect(cancelled, "order_confirmed");
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		api.post("/api/v1/orders", cancelledBody.replace("\"currency\"",
				"\"updatedAt\":\"" + now + "\",\"cancelledAt\":\"" + now + "\",\"currency\""));
		expect(cancelled, "order_cancelled");
		pause();

		assertThat(triggersOf(email)).containsExactlyInAnyOrder("order_confirmed", "label_created", "label_created",
				"label_created", "shipped", "shipped", "shipped", "out_for_delivery", "failed_attempt", "in_transit",
				"delivery_date_changed", "available_for_pickup", "exception", "delivered", "returned_to_sender",
				"delayed");
		assertThat(triggersOf(cancelled)).containsExactlyInAnyOrder("order_confirmed", "order_cancelled");
		List<Message> followUps = messages.ofOrder(store.id(), order(orderId))
			.stream()
			.filter(m -> m.trigger() == Trigger.FOLLOW_UP)
			.toList();
		assertThat(followUps).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(MessageStatus.SCHEDULED);
			assertThat(m.purpose()).isEqualTo(Purpose.MARKETING);
			assertThat(m.dueAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));
		});
	}

	@Test
	void keepsMarketingEmailFromAShopperWhoDeclinedItInTheShop() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		triggers.save(store.id(),
				new TriggerSetting(Trigger.FOLLOW_UP, Channel.EMAIL, true, Duration.ZERO, TriggerConditions.NONE));
		ApiClient api = store.api(port);
		String declined = deliveredOrder(api, "\"emailMarketingConsent\":false,");
		String agreed = deliveredOrder(api, "\"emailMarketingConsent\":true,");
		// A shop that does not say still gets marketing e-mail, with its unsubscribe
		// link.
		String unknown = deliveredOrder(api, "");

		assertThat(followUp(store, declined)).satisfies(m -> {
			assertThat(m.status()).isEqualTo(MessageStatus.SUPPRESSED);
			assertThat(m.lastError()).isEqualTo("the shopper declined marketing e-mail in the shop");
		});
		assertThat(followUp(store, agreed).status()).isEqualTo(MessageStatus.SCHEDULED);
		assertThat(followUp(store, unknown).status()).isEqualTo(MessageStatus.SCHEDULED);
	}

	private String deliveredOrder(ApiClient api, String consent) {
		String body = OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#8201", unique())
			.replace("\"customer\":{", "\"customer\":{" + consent);
		ApiClient.Response order = api.post("/api/v1/orders", body);
		assertThat(order.status()).as(order.body()).isEqualTo(201);
		String orderId = order.json().get("id").asString();
		String tracking = number();
		api.post("/api/v1/orders/" + orderId + "/shipments", "{\"trackingNumber\":\"" + tracking + "\"}");
		Instant t = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		api.post("/api/v1/tracking-events", "[" + event(tracking, "in_transit", "Departed", t.toString()) + "]");
		api.post("/api/v1/tracking-events",
				"[" + event(tracking, "delivered", "Delivered", t.plusSeconds(3600).toString()) + "]");
		return orderId;
	}

	private Message followUp(OpenedStore store, String orderId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> messages.ofOrder(store.id(), order(orderId))
				.stream()
				.anyMatch(m -> m.trigger() == Trigger.FOLLOW_UP));
		return messages.ofOrder(store.id(), order(orderId))
			.stream()
			.filter(m -> m.trigger() == Trigger.FOLLOW_UP)
			.findFirst()
			.orElseThrow();
	}

	private static void step(ApiClient api, String email, String event, String trigger) {
		ApiClient.Response response = api.post("/api/v1/tracking-events", "[" + event + "]");
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		expect(email, trigger);
	}

	private static void expect(String email, String trigger) {
		await().atMost(Duration.ofSeconds(20)).until(() -> triggersOf(email).contains(trigger));
	}

	private static List<String> triggersOf(String email) {
		return MailServer.to(email).stream().map(m -> header(m, "X-Aftersale-Trigger")).toList();
	}

	private static OrderId order(String id) {
		return new OrderId(UUID.fromString(id));
	}

	private static String number() {
		return "EVT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

}
