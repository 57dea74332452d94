package org.aftersale.orders.web;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.aftersale.orders.OrderFixtures;
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
class OrderPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void showsCustomerItemsTotalsAndTimeline(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		String tag = AdminOrderFixtures.tag();
		String id = post(new ApiClient(port, credentials.apiKey()),
				OrderFixtures.orderJson("ext-" + tag, "#D-" + tag, "dora." + tag + "@example.com"));
		AdminSession.signIn(page, port, credentials);

		page.navigate(AdminSession.url(port, "/admin/orders?q=%23D-" + tag));
		page.getByText("#D-" + tag).click();

		assertThat(page).hasURL(AdminSession.url(port, "/admin/orders/" + id));
		assertThat(page.locator("main h1")).containsText("#D-" + tag);
		assertThat(page.locator("main h1 [data-delivery-status]")).hasText("Not shipped");
		assertThat(page.locator("#customer-heading + div")).containsText("Ana Souza");
		assertThat(page.locator("#customer-heading + div")).containsText("dora." + tag + "@example.com");
		assertThat(page.locator("#customer-heading + div")).containsText("+49 30 1234567");
		assertThat(page.locator("address")).containsText("10119 Berlin");
		Locator lines = page.locator("table.line-items tbody tr");
		assertThat(lines).hasCount(2);
		assertThat(lines.nth(0)).containsText("Organic T-shirt");
		assertThat(lines.nth(0)).containsText("M / Blue");
		assertThat(lines.nth(0)).containsText("TSHIRT-M");
		assertThat(lines.nth(0)).containsText("39.80");
		assertThat(lines.nth(1).locator("img.thumb")).hasAttribute("src", "https://example.com/mug.jpg");
		assertThat(page.locator("dl.totals")).containsText("56.70 EUR");
		assertThat(page.locator("dl.totals")).containsText("9.84 EUR");
		assertThat(page.locator("ol.timeline")).containsText("Order #D-" + tag + " received");
		assertThat(page.locator("#shipments-heading + p")).hasText("Nothing has shipped yet.");
	}

	@Test
	void answersNotFoundForUnknownAndForeignOrders(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		String tag = AdminOrderFixtures.tag();
		ApiClient.Response store = api.post("/api/v1/stores",
				"{\"name\":\"Other " + tag + "\",\"slug\":\"other-" + tag + "\"}");
		org.assertj.core.api.Assertions.assertThat(store.status()).isEqualTo(201);
		String foreign = post(api.withKey(store.json().get("apiKey").asString()), OrderFixtures.anyOrderJson());
		AdminSession.signIn(page, port, credentials);

		for (String id : new String[] { UUID.randomUUID().toString(), foreign, "not-a-uuid" }) {
			Response response = page.navigate(AdminSession.url(port, "/admin/orders/" + id));
			org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
			assertThat(page.locator("h1")).hasText("We could not find that page");
		}
	}

	@Test
	void showsMarkupInACustomerNameAsText(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		String tag = AdminOrderFixtures.tag();
		String email = "mallory." + tag + "@example.com";
		String id = post(new ApiClient(port, credentials.apiKey()), AdminOrderFixtures.order("#X-" + tag, email,
				"<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "2025-04-01T10:00:00Z", false));
		AtomicBoolean dialog = new AtomicBoolean();
		page.onDialog(d -> {
			dialog.set(true);
			d.dismiss();
		});
		AdminSession.signIn(page, port, credentials);

		page.navigate(AdminSession.url(port, "/admin/orders?q=" + email));
		Locator name = page.locator("#order-results .customer-name");
		assertThat(name).hasText("<script>alert(1)</script> <img src=x onerror=alert(2)>");
		assertThat(page.locator("#order-results td script, #order-results td img")).hasCount(0);

		page.navigate(AdminSession.url(port, "/admin/orders/" + id));
		assertThat(page.locator("main .customer-name"))
			.hasText("<script>alert(1)</script> <img src=x onerror=alert(2)>");
		assertThat(page.locator("address")).containsText("<img src=x onerror=alert(2)>");
		assertThat(page.locator("main script, aside img")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(dialog).isFalse();
	}

	private static String post(ApiClient api, String json) {
		ApiClient.Response created = api.post("/api/v1/orders", json);
		org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}
