package org.aftersale.integrations.shopify;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aftersale.integrations.shopify.backfill-poll=PT0.2S",
				"aftersale.integrations.shopify.retry-backoff=PT0.1S",
				"aftersale.integrations.shopify.throttle-pause=PT0.1S" })
@ExtendWith(BrowserExtension.class)
class ShopifySettingsBrowserTests {

	static final WireMockServer shopify = new WireMockServer(options().dynamicPort());

	static {
		shopify.start();
		ShopifyAdminStub.install(shopify);
	}

	@DynamicPropertySource
	static void pointAtTheStub(DynamicPropertyRegistry registry) {
		registry.add("aftersale.integrations.shopify.base-url-template", shopify::baseUrl);
	}

	@AfterAll
	static void stopTheStub() {
		shopify.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void connectsAShopThenShowsWebhooksAndBackfillProgressWithoutEverShowingTheSecrets(Page page) {
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Shopify").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Shopify");
		assertThat(page.locator(".page-header .badge")).hasText("Not connected");
		assertThat(page.locator("#webhook-url")).containsText("/webhooks/shopify/");

		page.getByLabel("Shop domain").fill("not a shop");
		page.getByLabel("Webhook signing secret").fill("hush");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and connect")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("shopDomain");

		page.getByLabel("Shop domain").fill("aftersale-test.myshopify.com");
		page.getByLabel("Admin API access token (custom app)").fill("shpat_browser_token_9876");
		page.getByLabel("Webhook signing secret").fill("hush-browser-secret");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and connect")).click();

		assertThat(page.locator(".page-header .badge")).hasText("Connected to aftersale-test.myshopify.com");
		assertThat(page.locator("main")).containsText("11 webhook topics subscribed");
		// The progress card refreshes itself (htmx) until every resource is back-filled.
		assertThat(page.locator("#backfill tbody tr")).hasCount(3,
				new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
		page.reload();
		assertThat(page.locator("#accessToken")).hasAttribute("placeholder", "set, ending …9876 (leave empty to keep)");
		org.assertj.core.api.Assertions.assertThat(page.content())
			.doesNotContain("shpat_browser_token_9876")
			.doesNotContain("hush-browser-secret");
	}

}
