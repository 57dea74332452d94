package org.aftersale.notifications.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Purpose;
import org.aftersale.notifications.Suppressions;
import org.aftersale.notifications.UnsubscribeLinks;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shopper's unsubscribe page behind the signed link, the RFC 8058 one-click POST that
 * mail clients send, and what a tampered or foreign link gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class UnsubscribeBrowserTests {

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	UnsubscribeLinks links;

	@Autowired
	Suppressions suppressions;

	@Test
	void stopsEveryEmailWhenTheShopperChoosesSo(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		String email = "page+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

		page.navigate(local(links.urlFor(store.id(), Channel.EMAIL, email, Purpose.MARKETING)));
		assertThat(page.getByRole(AriaRole.HEADING)).containsText("Store " + store.slug());
		page.getByLabel("All e-mails, order and delivery updates included").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unsubscribe")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("will send you no more e-mails");
		assertThat(suppressions.blocking(store.id(), Channel.EMAIL, email, Purpose.TRANSACTIONAL)).isPresent();
	}

	@Test
	void oneClickStopsMarketingOnly() throws Exception {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		String email = "oneclick+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String url = local(links.urlFor(store.id(), Channel.EMAIL, email, Purpose.MARKETING));

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(suppressions.blocking(store.id(), Channel.EMAIL, email, Purpose.MARKETING)).isPresent();
		assertThat(suppressions.blocking(store.id(), Channel.EMAIL, email, Purpose.TRANSACTIONAL)).isEmpty();
	}

	@Test
	void refusesATamperedOrForeignLinkWithoutChangingAnything(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		OpenedStore other = StoreFixtures.openStore(environment, port);
		String email = "tamper+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String url = local(links.urlFor(store.id(), Channel.EMAIL, email, Purpose.MARKETING));

		page.navigate(url.substring(0, url.length() - 2) + (url.endsWith("AA") ? "BB" : "AA"));
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("This link is not valid");
		page.navigate(url.replace("/n/" + store.slug() + "/", "/n/" + other.slug() + "/"));
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("This link is not valid");
		assertThat(suppressions.blocking(store.id(), Channel.EMAIL, email, Purpose.MARKETING)).isEmpty();
	}

	@Test
	void speaksTheShoppersLanguageAndPassesAxe(Page page) throws IOException {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		String url = local(links.urlFor(store.id(), Channel.EMAIL, "axe@example.com", Purpose.MARKETING));
		Browser browser = page.context().browser();
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setBypassCSP(true).setLocale("de-DE"))) {
			Page audited = context.newPage();
			audited.navigate(url);
			assertThat(audited.getByRole(AriaRole.BUTTON)).hasText("Abmelden");
			audited.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
			assertThat((String) audited.evaluate("""
					async () => {
					  const result = await axe.run(document, { resultTypes: ['violations'] });
					  return JSON.stringify(result.violations
					    .filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id));
					}""")).isEqualTo("[]");
		}
	}

	private String local(String url) {
		return "http://localhost:" + port + URI.create(url).getPath();
	}

	private static String axe() throws IOException {
		try (InputStream in = UnsubscribeBrowserTests.class.getClassLoader().getResourceAsStream(AXE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
