package org.aftersale.orders.web;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class OrderListBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void findsOrdersByNumberEmailNameStatusAndDate(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		String tag = AdminOrderFixtures.tag();
		post(api, AdminOrderFixtures.order("#A-" + tag, "alice." + tag + "@example.com", "Alice", "Moreau" + tag,
				"2025-03-10T12:00:00Z", false));
		post(api, AdminOrderFixtures.order("#B-" + tag, "bruno." + tag + "@example.com", "Bruno", "Lindqvist" + tag,
				"2025-06-15T12:00:00Z", true));
		post(api, AdminOrderFixtures.order("#C-" + tag, "chiara." + tag + "@example.com", "Chiara", "Rossi" + tag,
				"2025-09-20T12:00:00Z", false));
		AdminSession.signIn(page, port, credentials);
		page.navigate(AdminSession.url(port, "/admin/orders"));
		Locator rows = page.locator("#order-results tbody tr");

		page.evaluate("() => window.stillTheSamePage = true");
		search(page, "#B-" + tag);
		assertThat(rows).hasCount(1);
		// htmx swapped the results in place instead of loading a new page.
		org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.stillTheSamePage === true"))
			.isEqualTo(true);
		assertThat(rows.first()).containsText("Bruno Lindqvist" + tag);
		assertThat(rows.first()).containsText("36.50 USD");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("q=%23B-" + tag));

		search(page, "chiara." + tag + "@example.com");
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText("#C-" + tag);

		search(page, "moreau" + tag);
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText("#A-" + tag);

		search(page, tag);
		assertThat(rows).hasCount(3);
		page.getByLabel("Status").selectOption("cancelled");
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText("#B-" + tag);
		assertThat(rows.first().locator(".badge")).hasText("Cancelled");

		page.navigate(AdminSession.url(port, "/admin/orders?q=" + tag + "&from=2025-09-01&to=2025-09-30"));
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText("#C-" + tag);

		search(page, "nobody-" + tag);
		assertThat(page.locator("#order-results")).containsText("No orders match");
	}

	@Test
	void pagesThroughManyOrdersWithNextAndPreviousAndCountsThem(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		String tag = AdminOrderFixtures.tag();
		List<String> orders = new ArrayList<>();
		for (int i = 0; i < OrderListController.PAGE_SIZE + 2; i++) {
			orders.add(AdminOrderFixtures.order("#P" + i + "-" + tag, "pat" + i + "." + tag + "@example.com", "Pat",
					"Pager" + tag, "2025-05-%02dT08:00:00Z".formatted(i + 1), false));
		}
		ApiClient.Response batch = api.post("/api/v1/orders/batch", "{\"orders\":[" + String.join(",", orders) + "]}");
		org.assertj.core.api.Assertions.assertThat(batch.status()).isEqualTo(200);
		AdminSession.signIn(page, port, credentials);
		Locator rows = page.locator("#order-results tbody tr");

		page.navigate(AdminSession.url(port, "/admin/orders?q=pager" + tag));
		assertThat(rows).hasCount(OrderListController.PAGE_SIZE);
		assertThat(page.locator("[data-count]")).containsText((OrderListController.PAGE_SIZE + 2) + " orders · page 1");
		page.getByText("Next", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(rows).hasCount(2);
		assertThat(rows.first()).containsText("#P1-" + tag);
		assertThat(page.locator("[data-count]")).containsText("page 2");
		page.getByText("Previous", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(rows).hasCount(OrderListController.PAGE_SIZE);
		assertThat(rows.first()).containsText("#P26-" + tag);
		assertThat(page.locator("[data-count]")).containsText("page 1");
		// Filtered by source: the batch came through the API.
		page.navigate(AdminSession.url(port, "/admin/orders?q=pager" + tag + "&source=csv"));
		assertThat(page.locator("#order-results")).containsText("No orders match");
		page.navigate(AdminSession.url(port, "/admin/orders?q=pager" + tag + "&source=api"));
		assertThat(page.locator("[data-count]")).containsText((OrderListController.PAGE_SIZE + 2) + " orders");
	}

	private static void search(Page page, String query) {
		page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill(query);
		page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).press("Enter");
	}

	private static void post(ApiClient api, String json) {
		org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/orders", json).status()).isEqualTo(201);
	}

}
