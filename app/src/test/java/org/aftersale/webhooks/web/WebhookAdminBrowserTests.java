package org.aftersale.webhooks.web;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.aftersale.webhooks.WebhookFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { WebhookFixtures.FAST_RETRIES_1, WebhookFixtures.FAST_RETRIES_2, WebhookFixtures.FAST_RETRIES_3,
				WebhookFixtures.FAST_RETRIES_4, WebhookFixtures.FAST_RETRIES_5, WebhookFixtures.FAST_RETRIES_6,
				WebhookFixtures.LOCAL_RECEIVERS })
@ExtendWith(BrowserExtension.class)
class WebhookAdminBrowserTests {

	static WireMockServer receiver;

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@BeforeAll
	static void startReceiver() {
		receiver = new WireMockServer(options().dynamicPort());
		receiver.start();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop();
	}

	@Test
	void createsAWebhookShowsItsSecretOnceAndResendsADelivery(Page page) {
		String path = "/hooks/" + UUID.randomUUID();
		receiver.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("thanks")));
		String url = "http://localhost:" + receiver.port() + path;
		InitialCredentials credentials = InitialCredentials.of(environment);
		AdminSession.signIn(page, port, credentials);
		page.navigate(AdminSession.url(port, "/admin/webhooks"));

		page.getByLabel("Endpoint URL").fill(url);
		page.getByLabel("Events").fill("order.placed");
		page.getByLabel("Description (optional)").fill("<b>ERP</b>");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add webhook")).click();

		Locator secret = page.locator("#signing-secret");
		assertThat(secret).hasText(Pattern.compile("^whsec_[A-Za-z0-9]{32}$"));
		String shown = secret.textContent().strip();
		assertThat(page.locator("main p.muted").first()).hasText("<b>ERP</b>");
		String subscriptionPage = page.url();

		new ApiClient(port, credentials.apiKey()).post("/api/v1/orders", OrderFixtures.anyOrderJson());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> receiver.findAll(postRequestedFor(urlPathEqualTo(path))).size() == 1);
		org.assertj.core.api.Assertions.assertThat(WebhookFixtures.signatureVerifies(shown,
				receiver.findAll(postRequestedFor(urlPathEqualTo(path))).get(0).getHeader("X-Aftersale-Signature"),
				receiver.findAll(postRequestedFor(urlPathEqualTo(path))).get(0).getBody()))
			.isTrue();

		Locator row = page.locator("table.deliveries tbody tr").first();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			page.navigate(subscriptionPage);
			assertThat(row).containsText("delivered");
		});
		assertThat(page.locator("#signing-secret")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(shown);
		assertThat(row).containsText("order.placed");
		assertThat(row).containsText("200");

		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resend")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("queued to be sent again");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> receiver.findAll(postRequestedFor(urlPathEqualTo(path))).size() == 2);

		page.locator("table.deliveries tbody tr").first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("pre.payload")).containsText("\"type\":\"order.placed\"");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			page.reload();
			assertThat(page.locator("table.attempts tbody tr")).hasCount(2);
		});
		assertThat(page.locator("table.attempts")).containsText("thanks");
	}

}
