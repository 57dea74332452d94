package org.aftersale.tracking.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.aftersale.testing.MailServer;
import org.aftersale.stores.BrandFont;
import org.aftersale.tracking.page.SocialNetwork;
import org.aftersale.tracking.web.TrackingPageFixtures.ShopperOrder;
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

/**
 * Every branding option saved at once with valid values (each social network, banner,
 * font, links, CSS, HTML) leaves every page that shows it working: the shopper's look-up,
 * order and not-found pages, the settings page itself, and the store's e-mails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class TrackingPageEveryOptionBrowserTests {

	private static final Map<SocialNetwork, String> SOCIAL = Map.of(SocialNetwork.INSTAGRAM,
			"https://www.instagram.com/aftersale.demo", SocialNetwork.FACEBOOK, "https://facebook.com/aftersale",
			SocialNetwork.TIKTOK, "https://www.tiktok.com/@aftersale", SocialNetwork.X, "https://x.com/aftersale",
			SocialNetwork.YOUTUBE, "https://www.youtube.com/@aftersale", SocialNetwork.PINTEREST,
			"https://pinterest.com/aftersale");

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", MailServer::port);
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test // #16
	void showsEveryBrandingOptionOnEveryPageThatCarriesIt(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		AdminSession.signIn(page, port, credentials);
		page.navigate(AdminSession.url(port, "/admin/settings/store"));
		page.getByLabel("Brand colour").fill("#aa3300");
		page.getByLabel("Accent colour").fill("#005f73");
		page.getByLabel("Font").selectOption(BrandFont.HUMANIST.name());
		page.getByLabel("Your shop's address").fill("https://shop.example.com");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Store settings saved.");
		page.navigate(AdminSession.url(port, "/admin/settings/tracking-page"));
		assertThat(page.locator(".brand-summary")).containsText("Store settings");
		for (int i = 1; i <= 5; i++) {
			page.getByLabel("Link " + i + " label").fill("Help " + i);
			page.getByLabel("Link " + i + " URL").fill("https://example.com/help/" + i);
		}
		page.getByLabel("…or the banner image's address").fill("https://example.com/banner.png");
		page.getByLabel("Banner link").fill("https://example.com/sale");
		SOCIAL.forEach((network, url) -> page.getByLabel(network.label(), new Page.GetByLabelOptions().setExact(true))
			.fill(url));
		page.getByLabel("Custom CSS").fill(".tp-footer { border-top: 3px solid #005f73; }");
		page.getByLabel("Custom HTML block").fill("<p>Free returns within <strong>30 days</strong></p>");
		page.getByLabel("Pinned products").fill("NOT-IN-CATALOG");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tracking page")).click();
		assertThat(page.locator(".field-error")).containsText("not in your catalog: NOT-IN-CATALOG");
		ApiClient.Response apron = api.post("/api/v1/products", """
				{"externalId":"every-apron","title":"Linen apron","productType":"Kitchen","tags":[],
				 "imageUrl":"https://example.com/apron.jpg","updatedAt":"2026-10-01T10:00:00Z",
				 "variants":[{"externalId":"every-apron-1","sku":"APRON-EVERY","title":"Default","price":"32.00"}]}""");
		org.assertj.core.api.Assertions.assertThat(apron.status()).as(apron.body()).isIn(200, 201);
		page.getByLabel("Pinned products").fill("APRON-EVERY");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tracking page")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tracking page saved.");

		// The settings page renders whole with what was saved, preview included.
		page.navigate(AdminSession.url(port, "/admin/settings/tracking-page"));
		assertThat(page.getByLabel("Instagram", new Page.GetByLabelOptions().setExact(true)))
			.hasValue(SOCIAL.get(SocialNetwork.INSTAGRAM));
		assertThat(page.locator("#preview .tp-social a")).hasCount(SocialNetwork.values().length);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tracking page")))
			.isVisible();

		ShopperOrder order = TrackingPageFixtures.order(api);
		page.navigate(AdminSession.url(port, "/t/" + credentials.storeSlug()));
		socialLinksShown(page);
		assertThat(page.locator(".tp-links a")).hasCount(5);
		assertThat(page.locator(".tp-banner")).hasAttribute("href", "https://example.com/sale");
		assertThat(page.locator(".tp-banner img")).hasAttribute("src", "https://example.com/banner.png");

		page.navigate(TrackingPageFixtures.link(api, order.id()));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Order " + order.number());
		socialLinksShown(page);
		assertThat(page.locator(".tp-custom strong")).hasText("30 days");
		assertThat(page.locator(".tp-suggestions a").first()).hasAttribute("href",
				"https://shop.example.com/products/linen-apron");
		assertThat(page.locator(".tp-suggestions a").first()).containsText("Linen apron");

		page.navigate(AdminSession.url(port, "/t/" + credentials.storeSlug() + "/o/not-a-token"));
		socialLinksShown(page);

		String email = "every-option@example.com";
		ApiClient.Response placed = api.post("/api/v1/orders",
				OrderFixtures.recentOrderJson("every-option", "#7001", email));
		org.assertj.core.api.Assertions.assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(30)).until(() -> !MailServer.to(email).isEmpty());
	}

	private static void socialLinksShown(Page page) {
		List<SocialNetwork> networks = List.of(SocialNetwork.values());
		assertThat(page.locator(".tp-social a")).hasCount(networks.size());
		for (SocialNetwork network : networks) {
			assertThat(page.locator(".tp-social")
				.getByRole(AriaRole.LINK,
						new com.microsoft.playwright.Locator.GetByRoleOptions().setName(network.label())
							.setExact(true)))
				.hasAttribute("href", SOCIAL.get(network));
		}
	}

}
