package org.aftersale.tracking.web;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.stores.Invitations;
import org.aftersale.stores.StaffFixtures;
import org.aftersale.stores.StoreRole;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.tracking.AttentionFixtures;
import org.aftersale.tracking.AttentionFixtures.Made;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class AttentionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Invitations invitations;

	@Test // #3
	void countsCategoriesFiltersAndHandlesARowWithANote(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		Map<String, Made> made = AttentionFixtures.seed(store.api(port));
		StaffFixtures.Member agent = StaffFixtures.join(invitations, store.id(), StoreRole.AGENT);
		AdminSession.signIn(page, port, agent.email(), agent.password());

		page.navigate(AdminSession.url(port, "/admin/attention"));

		assertThat(page.locator("nav.sidebar")).containsText("Attention");
		assertThat(card(page, "all")).hasText("7");
		assertThat(card(page, "exception")).hasText("2");
		assertThat(card(page, "failed_attempt")).hasText("1");
		assertThat(card(page, "returned_to_sender")).hasText("1");
		assertThat(card(page, "no_scan")).hasText("1");
		assertThat(card(page, "past_promised_date")).hasText("1");
		assertThat(card(page, "no_pickup")).hasText("1");
		assertThat(page.locator(".sub-statuses")).containsText("Customs hold · 1");
		assertThat(rows(page)).hasCount(7);

		page.locator("a[data-category=failed_attempt]").click();
		assertThat(rows(page)).hasCount(1);
		assertThat(rows(page)).containsText(made.get("failed").trackingNumber());
		assertThat(rows(page)).containsText("Recipient not available");

		page.locator("a[data-category=exception]").click();
		Locator customs = rows(page)
			.filter(new Locator.FilterOptions().setHasText(made.get("customs").trackingNumber()));
		customs.getByLabel("Note").fill("Sent the invoice to customs");
		customs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Handle")).click();
		assertThat(page.locator("tr.just-handled")).containsText("Sent the invoice to customs");

		page.reload();
		assertThat(rows(page)).hasCount(1);
		assertThat(card(page, "exception")).hasText("1");
		page.getByLabel("Show handled").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
		Locator handled = rows(page)
			.filter(new Locator.FilterOptions().setHasText(made.get("customs").trackingNumber()));
		assertThat(handled).containsText("Sent the invoice to customs");
		assertThat(handled).containsText("by " + agent.email());

		handled.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(made.get("customs").trackingNumber()))
			.click();
		assertThat(page.locator("#attention-heading + p + ul.notes")).containsText("Sent the invoice to customs");
		assertThat(page.locator("ul.notes")).containsText("Handled by " + agent.email());
	}

	@Test
	void letsAnAnalystReadButNotHandle(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		Map<String, Made> made = AttentionFixtures.seed(store.api(port));
		StaffFixtures.Member analyst = StaffFixtures.join(invitations, store.id(), StoreRole.ANALYST);
		AdminSession.signIn(page, port, analyst.email(), analyst.password());

		page.navigate(AdminSession.url(port, "/admin/attention"));

		assertThat(rows(page)).hasCount(7);
		assertThat(page.locator("form.handle-form")).hasCount(0);
		String header = page.locator("meta[name=csrf-header]").getAttribute("content");
		String token = page.locator("meta[name=csrf-token]").getAttribute("content");
		int status = page.request()
			.post(AdminSession.url(port, "/admin/attention/" + made.get("customs").shipmentId() + "/handle"),
					RequestOptions.create()
						.setHeader(header, token)
						.setForm(FormData.create().set("note", "Not mine to handle")))
			.status();
		org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
		page.reload();
		assertThat(card(page, "exception")).hasText("2");
	}

	@Test
	void letsAnAdminChangeTheStoresThresholds(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		AttentionFixtures.seed(store.api(port));
		StaffFixtures.Member admin = StaffFixtures.join(invitations, store.id(), StoreRole.ADMIN);
		AdminSession.signIn(page, port, admin.email(), admin.password());
		page.navigate(AdminSession.url(port, "/admin/attention"));
		assertThat(card(page, "no_scan")).hasText("1");

		page.getByLabel("No scan for (days)").fill("5");
		page.getByLabel("Never picked up after (days)").fill("4");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save thresholds")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Thresholds saved.");
		assertThat(card(page, "no_scan")).hasText("0");
		assertThat(card(page, "no_pickup")).hasText("0");
		assertThat(page.getByLabel("No scan for (days)")).hasValue("5");
	}

	private static Locator card(Page page, String category) {
		return page.locator("a[data-category=" + category + "] .stat");
	}

	private static Locator rows(Page page) {
		return page.locator("table.attention-table tbody tr");
	}

}
