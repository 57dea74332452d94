package org.aftersale.notifications.web;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.stores.Invitations;
import org.aftersale.stores.StaffFixtures;
import org.aftersale.stores.StoreRole;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Operations › Notifications in a real browser: counters, the chart drawn by the locally
 * served Chart.js, the failures list whose Retry sends the message once the SMTP server
 * is back, the message's log, and the message on its order's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aftersale.notifications.max-attempts=1")
@ExtendWith(BrowserExtension.class)
class MessageLogBrowserTests {

	// Nothing listens here until a test starts a server: the SMTP server is "down".
	static final int SMTP_PORT = MessageLogFixtures.freePort();

	static GreenMail smtp;

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stopSmtp() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcClient jdbc;

	@Test // #16
	void pointsFromTheAttentionPageAtMessagesThatMayNotHaveGoneOut(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		String orderId = MessageLogFixtures.order(api);
		String messageId = MessageLogFixtures.awaitMessage(api, orderId, "failed").get("id").asString();
		// As a sender that stopped during the hand-over leaves it.
		jdbc.sql("update notifications.message set status = 'unconfirmed' where id = :id")
			.param("id", java.util.UUID.fromString(messageId))
			.update();
		StaffFixtures.Member agent = StaffFixtures.join(invitations, store.id(), StoreRole.AGENT);
		AdminSession.signIn(page, port, agent.email(), agent.password());

		page.navigate(AdminSession.url(port, "/admin/attention"));
		com.microsoft.playwright.Locator notice = page.locator(".attention-notices a");
		assertThat(notice).containsText("may or may not have reached the shopper");
		notice.click();

		assertThat(page.locator("main h1")).hasText("Notifications");
		assertThat(page.locator("table.messages-table tbody tr")).hasCount(1);
		assertThat(page.locator("table.messages-table tbody tr .badge")).hasText("Unconfirmed");
	}

	@Test
	void showsCountersAndChartAndRetriesAFailureThenListsItOnTheOrder(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		String orderId = MessageLogFixtures.order(api);
		String messageId = MessageLogFixtures.awaitMessage(api, orderId, "failed").get("id").asString();
		StaffFixtures.Member agent = StaffFixtures.join(invitations, store.id(), StoreRole.AGENT);
		AdminSession.signIn(page, port, agent.email(), agent.password());

		page.navigate(AdminSession.url(port, "/admin/notifications"));
		assertThat(page.locator("main h1")).hasText("Notifications");
		assertThat(page.locator("nav.sidebar a[href='/admin/notifications']")).hasAttribute("aria-current", "page");
		assertThat(page.locator("[aria-labelledby=counters-7] [data-counter=failed]")).hasText("1");
		assertThat(page.locator("[aria-labelledby=counters-30] [data-counter=sent]")).hasText("0");
		assertThat(page.locator("canvas#message-volume")).hasAttribute("data-drawn", "true");
		page.locator("details.message-volume-table summary").click();
		assertThat(page.locator("details.message-volume-table tbody tr")).hasCount(1);
		assertThat(page.locator("details.message-volume-table tbody tr")).containsText("Order confirmed");
		assertThat(page.locator("table.messages-table tbody tr")).hasCount(1);
		assertThat(page.locator("table.messages-table tbody tr")).containsText("a***@example.com");

		smtp = MessageLogFixtures.smtp(SMTP_PORT);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry"))
			.click();
		assertThat(page.locator(".alert.success")).containsText("Queued again");
		MessageLogFixtures.awaitMessage(api, orderId, "sent");

		page.navigate(AdminSession.url(port, "/admin/notifications/" + messageId));
		assertThat(page.locator("ol.message-attempts > li")).hasCount(4);
		assertThat(page.locator("ol.message-attempts")).containsText("Retry requested");
		assertThat(page.locator("main h1 .badge")).hasText("Sent");

		page.navigate(AdminSession.url(port, "/admin/orders/" + orderId));
		assertThat(page.locator("table.order-messages tbody tr")).hasCount(1);
		assertThat(page.locator("table.order-messages tbody tr")).containsText("Order confirmed");
		assertThat(page.locator("table.order-messages tbody tr")).containsText("a***@example.com");
		assertThat(page.locator("table.order-messages tbody tr")).containsText("Sent");
	}

	@Test
	void letsAnAnalystLookButNotRetryAndHidesAnotherStoresMessage(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		OpenedStore other = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		String orderId = MessageLogFixtures.order(api);
		MessageLogFixtures.awaitMessage(api, orderId, "failed");
		String otherOrder = MessageLogFixtures.order(other.api(port));
		String foreign = MessageLogFixtures.awaitMessage(other.api(port), otherOrder, "failed").get("id").asString();
		StaffFixtures.Member analyst = StaffFixtures.join(invitations, store.id(), StoreRole.ANALYST);
		AdminSession.signIn(page, port, analyst.email(), analyst.password());

		page.navigate(AdminSession.url(port, "/admin/notifications?status=failed&channel=email"));
		assertThat(page.locator("table.messages-table tbody tr")).hasCount(1);
		assertThat(page.locator("table.messages-table button")).hasCount(0);
		page.getByLabel("Status").selectOption("sent");
		assertThat(page.locator("#message-results h2")).hasText("No messages match");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*status=sent.*"));
		page.getByLabel("Status").selectOption("any");
		assertThat(page.locator("table.messages-table tbody tr")).hasCount(1);

		Response response = page.navigate(AdminSession.url(port, "/admin/notifications/" + foreign));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
	}

}
