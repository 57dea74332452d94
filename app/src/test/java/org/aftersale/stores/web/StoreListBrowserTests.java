package org.aftersale.stores.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
class StoreListBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void opensAnotherStoreAndShowsItsFirstKeyOnce(Page page) {
		String slug = "outlet-" + System.nanoTime();
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.navigate(AdminSession.url(port, "/admin/stores"));

		open(page, "Outlet", slug);

		assertThat(page.locator("#opened-heading")).containsText("Outlet");
		String key = page.locator("#opened-key").textContent().strip();
		org.assertj.core.api.Assertions.assertThat(new ApiClient(port, key).get("/api/v1/orders").status())
			.isEqualTo(200);
		assertThat(page.locator("table.stores")).containsText(slug);
		assertThat(page.locator("#store-switch option", new Page.LocatorOptions().setHasText("Outlet"))).hasCount(1);

		page.reload();
		assertThat(page.locator("#opened-key")).hasCount(0);
		open(page, "Outlet again", slug);
		assertThat(page.locator("#store-slug + .field-error")).hasText("is already taken");
		assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Outlet again");
	}

	private static void open(Page page, String name, String slug) {
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Slug").fill(slug);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open store")).click();
		page.waitForLoadState();
	}

}
