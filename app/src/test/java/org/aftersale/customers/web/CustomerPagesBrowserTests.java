package org.aftersale.customers.web;

import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.aftersale.testing.MailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "aftersale.notifications.poll=100ms" })
@ExtendWith(BrowserExtension.class)
class CustomerPagesBrowserTests {

	@DynamicPropertySource
	static void sendMailToTheTestServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", MailServer::port);
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test // #17
	void findsAShopperAndShowsTheirOrdersWithTheMessagesTheyWereSent(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		String email = "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String number = "#" + (80000 + Math.abs(UUID.randomUUID().hashCode() % 9999));
		ApiClient.Response placed = api.post("/api/v1/orders",
				OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), number, email));
		org.assertj.core.api.Assertions.assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		// The customer's summary follows the order's event.
		String orderId = placed.json().get("id").asString();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> api.get("/api/v1/customers?email=" + email).json().get("items").size() == 1
					&& !api.get("/api/v1/notifications?orderId=" + orderId).json().get("items").isEmpty());

		AdminSession.signIn(page, port, credentials);
		page.navigate(AdminSession.url(port, "/admin/customers"));
		assertThat(page.locator("nav [aria-current=page]")).hasText("Customers");
		page.getByLabel("Search").fill(email);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertThat(page.locator(".customers-table tbody tr")).hasCount(1);
		assertThat(page.locator(".customers-table tbody tr")).containsText(email);
		page.locator(".customers-table tbody tr a").click();

		assertThat(page.locator("h1")).hasText("Ana Souza");
		assertThat(page.locator(".tiles")).containsText("Orders");
		assertThat(page.locator(".tile .stat").first()).hasText("1");
		assertThat(page.locator(".customer-orders")).containsText(number);
		assertThat(page.locator(".customer-orders")).containsText("Order confirmed · E-mail");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click();
		assertThat(page.locator("h1")).containsText(number);

		page.navigate(AdminSession.url(port, "/admin/customers/" + UUID.randomUUID()));
		org.assertj.core.api.Assertions.assertThat(page.locator("body").textContent()).doesNotContain("Ana Souza");
	}

}
