package org.aftersale.notifications.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Trigger;
import org.aftersale.notifications.templates.InvalidTemplateException;
import org.aftersale.notifications.templates.MessageTemplates;
import org.aftersale.notifications.templates.TemplateSources;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An order that arrives through the API leaves with a branded order confirmation: HTML
 * with the items, the store and the signed tracking link, and a plain-text part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TemplateMailServer.class)
class NotificationEmailIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MessageTemplates templates;

	@Test
	void sendsABrandedOrderConfirmationWithItemsAndTrackingLink() throws Exception {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		String email = "ana+" + store.slug() + "@example.com";
		ApiClient.Response created = api.post("/api/v1/orders",
				OrderFixtures.recentOrderJson("ext-" + store.slug(), "#5001", email));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(30)).until(() -> !TemplateMailServer.to(email).isEmpty());
		List<MimeMessage> received = TemplateMailServer.to(email);
		MimeMessage message = received.get(0);

		assertThat(received).hasSize(1);
		assertThat(message.getSubject()).isEqualTo("Your order #5001 is confirmed");
		String html = TemplateMailServer.part(message, "text/html");
		String text = TemplateMailServer.part(message, "text/plain");
		assertThat(html)
			.contains("Organic T-shirt", "M / Blue", "Mug", "https://example.com/mug.jpg", "Store " + store.slug(),
					"/t/" + store.slug() + "/o/", "Track your order")
			.doesNotContain("<script");
		assertThat(text).contains("Organic T-shirt", "/t/" + store.slug() + "/o/", "Ana");
	}

	@Test
	void sendsTheStoresOwnTemplateOnceSavedAndRefusesABrokenOne() throws Exception {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		TemplateSources defaults = templates.defaults(Trigger.ORDER_CONFIRMED, Channel.EMAIL, Locale.ENGLISH);
		templates.save(store.id(), Trigger.ORDER_CONFIRMED, Channel.EMAIL, Locale.ENGLISH,
				new TemplateSources("{{ customer.first_name }}, we got {{ order.number }}", defaults.html(),
						"Thanks {{ customer.first_name }}! {{ tracking_link }}"),
				"owner@example.com");
		assertThatThrownBy(() -> templates.save(store.id(), Trigger.ORDER_CONFIRMED, Channel.EMAIL, Locale.ENGLISH,
				new TemplateSources("Hi", "<p>\n{% for x in %}</p>", "text"), "owner@example.com"))
			.isInstanceOfSatisfying(InvalidTemplateException.class, ex -> assertThat(ex.problem().line()).isEqualTo(2));
		String email = "ana+own-" + store.slug() + "@example.com";

		store.api(port).post("/api/v1/orders", OrderFixtures.recentOrderJson("own-" + store.slug(), "#5002", email));

		await().atMost(Duration.ofSeconds(30)).until(() -> !TemplateMailServer.to(email).isEmpty());
		MimeMessage message = TemplateMailServer.to(email).get(0);
		assertThat(message.getSubject()).isEqualTo("Ana, we got #5002");
		assertThat(TemplateMailServer.part(message, "text/plain")).startsWith("Thanks Ana! http");
		templates.reset(store.id(), Trigger.ORDER_CONFIRMED, Channel.EMAIL, Locale.ENGLISH);
		assertThat(templates.sources(store.id(), Trigger.ORDER_CONFIRMED, Channel.EMAIL, Locale.ENGLISH))
			.isEqualTo(defaults);
	}

}
