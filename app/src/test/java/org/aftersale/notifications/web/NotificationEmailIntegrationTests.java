package org.aftersale.notifications.web;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
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

	@Test
	void sendsABrandedOrderConfirmationWithItemsAndTrackingLink() throws Exception {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		String email = "ana+" + store.slug() + "@example.com";
		ApiClient.Response created = api.post("/api/v1/orders",
				OrderFixtures.orderJson("ext-" + store.slug(), "#5001", email));
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

}
