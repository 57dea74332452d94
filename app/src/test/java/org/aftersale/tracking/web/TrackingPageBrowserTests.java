package org.aftersale.tracking.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.aftersale.tracking.web.TrackingPageFixtures.ShopperOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The shopper's tracking page in Chromium: look-ups, signed links, shipments with their
 * progress and problems, languages, rate limits and the merchant's branding.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aftersale.tracking.page.lookups-per-address=1000",
				"aftersale.tracking.page.lookups-per-order=3" })
@ExtendWith(BrowserExtension.class)
class TrackingPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void findsTheOrderByEmailOrPostalCodeWhateverTheSpelling(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));

		lookUp(page, store.slug(), order.number().substring(1), "  " + order.email().toUpperCase() + " ");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Order " + order.number());
		assertThat(page.locator(".tp-items").last()).containsText("Organic T-shirt");
		assertThat(page.locator(".tp-items img").first()).hasAttribute("src", "https://example.com/tshirt.jpg");

		lookUp(page, store.slug(), order.number(), "sw1a1aa");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Order " + order.number());
		assertThat(page).hasURL(Pattern.compile(".*/t/" + store.slug() + "/o/[A-Za-z0-9_-]+$"));
	}

	@Test
	void answersAWrongCombinationWithTheSameMessageAsAnUnknownOrder(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));

		lookUp(page, store.slug(), order.number(), "not-" + order.email());
		String wrong = page.getByRole(AriaRole.ALERT).textContent();
		lookUp(page, store.slug(), "#424242424", order.email());

		assertThat(page.getByRole(AriaRole.ALERT)).hasText(wrong);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("could not find an order with these details");
	}

	@Test
	void opensTheSignedLinkAndShowsAFriendlyNotFoundForATamperedOne(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		String url = TrackingPageFixtures.link(store.api(port), order.id());

		page.navigate(url);
		assertThat(page.locator("h1")).hasText("Order " + order.number());
		assertThat(page.locator(".tp-order")).containsText("has not shipped yet");

		page.navigate(url.substring(0, url.length() - 3) + (url.endsWith("AAA") ? "BBB" : "AAA"));
		assertThat(page.locator("h1")).hasText("We could not find this page");
		assertThat(page.locator("body")).not().containsText(order.number());
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Look up an order"))).isVisible();
	}

	@Test
	void showsEachShipmentOfAMultiShipmentOrderWithItsProgress(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ShopperOrder order = TrackingPageFixtures.order(api);
		TrackingPageFixtures.ship(api, order.id(), "1Z999AA10123456784", "ups", "TSHIRT-M", 2);
		TrackingPageFixtures.ship(api, order.id(), "9400111899223197428490", "usps", "MUG-1", 1);
		TrackingPageFixtures.event(api, "1Z999AA10123456784", "in_transit", "", "Departed facility",
				"2026-10-02T08:00:00Z");
		TrackingPageFixtures.event(api, "1Z999AA10123456784", "delivered", "", "Delivered, front door",
				"2026-10-03T14:30:00Z");
		TrackingPageFixtures.event(api, "9400111899223197428490", "in_transit", "", "Arrived at hub",
				"2026-10-02T09:00:00Z");

		page.navigate(TrackingPageFixtures.link(api, order.id()));

		Locator parcels = page.locator("article.tp-shipment");
		assertThat(parcels).hasCount(2);
		Locator ups = parcels.filter(new Locator.FilterOptions().setHasText("1Z999AA10123456784"));
		Locator usps = parcels.filter(new Locator.FilterOptions().setHasText("9400111899223197428490"));
		assertThat(ups).containsText("Step 5 of 5: Delivered");
		assertThat(ups.locator("[aria-current=step]")).hasText("Delivered");
		assertThat(ups.locator(".tp-timeline")).containsText("Delivered, front door");
		assertThat(ups).containsText("Organic T-shirt");
		assertThat(ups.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Track on the UPS website")))
			.hasAttribute("href", Pattern.compile("^https://.*1Z999AA10123456784"));
		assertThat(usps).containsText("Step 3 of 5: In transit");
		assertThat(usps.locator("[aria-current=step]")).containsText("In transit");
		assertThat(usps).containsText("Arrived at hub");
		assertThat(usps).containsText("Leeds, GB");
		assertThat(usps).containsText("Expected delivery");
		// The order goes to London: times on the shopper's clock, not the store's (UTC).
		assertThat(usps).containsText("Times are shown in the Europe/London time zone.");
		assertThat(page.locator(".tp-order")).not().containsText("Not shipped yet");
	}

	@Test
	void explainsAnExceptionInPlainWordsWithWhatToDoNext(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ShopperOrder order = TrackingPageFixtures.order(api);
		TrackingPageFixtures.ship(api, order.id(), "1Z999AA10123456784", "ups", "TSHIRT-M", 1);
		TrackingPageFixtures.event(api, "1Z999AA10123456784", "exception", "address_problem",
				"ADDRESS INFORMATION REQUIRED", "2026-10-02T08:00:00Z");

		page.navigate(TrackingPageFixtures.link(api, order.id()));

		Locator parcel = page.locator("article.tp-shipment");
		assertThat(parcel).containsText("Problem with the delivery");
		assertThat(parcel.getByRole(AriaRole.NOTE)).hasText(
				"The carrier has a problem with the delivery address. Contact the carrier with your tracking number to confirm or correct it.");
		assertThat(page.locator(".tp-order")).containsText("Not shipped yet");
	}

	@Test
	void switchesLanguageFromTheLinksOnThePage(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		page.navigate(TrackingPageFixtures.link(store.api(port), order.id()));
		assertThat(page.locator("html")).hasAttribute("lang", "en");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch")).click();

		assertThat(page.locator("html")).hasAttribute("lang", "de");
		assertThat(page.locator("h1")).hasText("Bestellung " + order.number());
		assertThat(page.locator(".tp-order")).containsText("Ihre Artikel");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch")))
			.hasAttribute("aria-current", "true");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")).click();
		assertThat(page.locator("h1")).hasText("Commande " + order.number());
	}

	@Test
	void refusesFurtherLookUpsOfAnOrderWithAFriendlyPage(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		for (int i = 0; i < 3; i++) {
			lookUp(page, store.slug(), order.number(), "guess" + i + "@example.com");
		}

		lookUp(page, store.slug(), order.number(), order.email());

		assertThat(page.locator("h1")).hasText("Too many attempts");
		assertThat(page.locator(".tp-card")).containsText("seconds before trying again");
	}

	@Test
	void showsTheMerchantsBrandingWithoutTheirScripts(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		ShopperOrder order = TrackingPageFixtures.order(api);
		AdminSession.signIn(page, port, credentials);
		// The colours are the store's, shared with the e-mails.
		page.navigate(AdminSession.url(port, "/admin/settings/store"));
		page.getByLabel("Brand colour").fill("#aa3300");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Store settings saved.");
		page.navigate(AdminSession.url(port, "/admin/settings/tracking-page"));

		page.getByLabel("Link 1 label").fill("Size guide");
		page.getByLabel("Link 1 URL").fill("https://example.com/sizes");
		page.getByLabel("Custom HTML block")
			.fill("<p>Free returns within <strong>30 days</strong></p><script>window.hacked = 1</script>"
					+ "<img src=\"https://example.com/x.png\" onerror=\"window.hacked = 2\" alt=\"Badge\">");
		assertThat(page.locator("#preview .tp-links")).containsText("Size guide");
		assertThat(page.locator("#preview .tp-custom")).containsText("Free returns within 30 days");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tracking page")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tracking page saved.");

		page.navigate(TrackingPageFixtures.link(api, order.id()));

		assertThat(page.locator(".tp-header")).hasCSS("background-color", "rgb(170, 51, 0)");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Size guide")))
			.hasAttribute("href", "https://example.com/sizes");
		assertThat(page.locator(".tp-custom strong")).hasText("30 days");
		assertThat(page.locator(".tp-custom script")).hasCount(0);
		assertThat(page.locator(".tp-custom img")).not().hasAttribute("onerror", Pattern.compile(".*"));
		org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.hacked === undefined")).isEqualTo(true);
	}

	private void lookUp(Page page, String slug, String number, String contact) {
		page.navigate(AdminSession.url(port, "/t/" + slug));
		page.getByLabel("Order number").fill(number);
		page.getByLabel("E-mail or postal code").fill(contact);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Track order")).click();
		page.waitForLoadState();
	}

}
