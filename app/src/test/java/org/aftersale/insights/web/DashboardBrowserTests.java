package org.aftersale.insights.web;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.Invitations;
import org.aftersale.stores.StaffFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreRole;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The admin's home in a real browser: a new store's empty state leads somewhere (a test
 * order made from it arrives), the figures count the store's own orders, parcels and
 * deliveries and link into their lists, and both charts are drawn by the local Chart.js.
 * On a phone the menu folds and nothing overflows the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class DashboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Invitations invitations;

	@Test
	void aNewStoreIsShownWhereToStartAndItsFiguresFollowItsOrders(Page page) {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		StaffFixtures.Member admin = StaffFixtures.join(invitations, store.id(), StoreRole.ADMIN);
		AdminSession.signIn(page, port, admin.email(), admin.password());

		page.navigate(AdminSession.url(port, "/admin"));
		assertThat(page.locator("h1")).hasText("Home");
		assertThat(page.locator("nav a.active")).hasCount(1);
		assertThat(page.locator("nav a.active")).hasText("Home");
		assertThat(page.locator("[data-empty-state]")).containsText("Connect Shopify");
		assertThat(page.locator("[data-empty-state]")).containsText("Import a CSV");
		assertThat(page.locator("[data-tile=orders-today] .stat")).hasText("0");

		page.getByText("Send a test order").click();
		assertThat(page.locator("main h1")).containsText("TEST-");
		assertThat(page.locator(".alert.success")).containsText("Test order created");
		assertThat(page.locator("#customer-heading + div")).containsText(admin.email());

		// A parcel of another order, delivered by its promised day.
		ApiClient api = store.api(port);
		ApiClient.Response order = api.post("/api/v1/orders", OrderFixtures.recentOrderJson());
		String orderId = order.json().get("id").asString();
		LocalDate today = LocalDate.now(ZoneId.of("UTC"));
		org.assertj.core.api.Assertions.assertThat(api
			.post("/api/v1/orders/" + orderId + "/shipments",
					"{\"trackingNumber\":\"1Z5R89390357567127\",\"estimatedDelivery\":\"" + today.plusDays(3) + "\"}")
			.status()).isEqualTo(201);
		org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/tracking-events",
				"[{\"trackingNumber\":\"1Z5R89390357567127\",\"status\":\"delivered\",\"description\":\"Delivered\","
						+ "\"occurredAt\":\"" + java.time.Instant.now().minusSeconds(60) + "\"}]")
			.status()).isEqualTo(202);

		page.navigate(AdminSession.url(port, "/admin"));
		assertThat(page.locator("[data-empty-state]")).hasCount(0);
		assertThat(page.locator("[data-tile=orders-today] .stat")).hasText("2");
		assertThat(page.locator("[data-tile=orders-week] .stat")).hasText("2");
		assertThat(page.locator("[data-tile=delivered] .stat")).hasText("1");
		assertThat(page.locator("[data-tile=delivered]")).containsText("100 % on time");
		assertThat(page.locator("#orders-chart")).hasAttribute("data-drawn", "true");
		assertThat(page.locator("#deliveries-chart")).hasAttribute("data-drawn", "true");

		page.locator("[data-tile=orders-today]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/admin/orders\\?from=" + today));
		assertThat(page.locator("#order-results tbody tr")).hasCount(2);
		page.navigate(AdminSession.url(port, "/admin"));
		page.locator("[data-tile=delivered]").click();
		assertThat(page.locator("main")).containsText("1Z5R89390357567127");
	}

	@Test
	void onAPhoneTheMenuFoldsAndNothingOverflows(Page page) {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		StaffFixtures.Member admin = StaffFixtures.join(invitations, store.id(), StoreRole.ADMIN);
		store.api(port).post("/api/v1/orders", OrderFixtures.recentOrderJson());
		page.setViewportSize(390, 844);
		AdminSession.signIn(page, port, admin.email(), admin.password());

		for (String path : new String[] { "/admin", "/admin/orders", "/admin/shipments", "/admin/notifications",
				"/admin/settings/tracking-page", "/admin/notifications/templates" }) {
			page.navigate(AdminSession.url(port, path));
			assertThat(page.locator("#nav-sections")).isHidden();
			Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			org.assertj.core.api.Assertions.assertThat(overflow.intValue())
				.as(path + " overflows")
				.isLessThanOrEqualTo(0);
		}
		page.navigate(AdminSession.url(port, "/admin/orders"));
		page.getByText("Menu").click();
		assertThat(page.locator("#nav-sections")).isVisible();
		assertThat(page.locator(".nav-toggle")).hasAttribute("aria-expanded", "true");
		assertThat(page.locator("nav a.active")).hasCount(1);
		assertThat(page.locator("nav a.active")).hasText("Orders");
		// Every input of the filter form is styled like the rest, not the browser's
		// default.
		Object unstyled = page.evaluate(
				"""
						() => [...document.querySelectorAll('main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main select')]
						  .filter(e => getComputedStyle(e).borderRadius === '0px').length""");
		org.assertj.core.api.Assertions.assertThat(((Number) unstyled).intValue()).isZero();
	}

}
