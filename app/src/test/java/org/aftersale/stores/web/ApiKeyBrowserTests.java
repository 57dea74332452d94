package org.aftersale.stores.web;

import java.util.UUID;

import com.microsoft.playwright.Locator;
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
class ApiKeyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void showsANewKeyOnceThenOnlyItsPrefixAndRevokesIt(Page page) {
		String name = "Warehouse " + UUID.randomUUID().toString().substring(0, 8);
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.navigate(AdminSession.url(port, "/admin/settings/api-keys"));

		page.getByLabel("Name").fill(name);
		page.getByLabel("Scope").selectOption("read");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create key")).click();

		Locator secret = page.locator("#issued-key");
		assertThat(secret).hasText(java.util.regex.Pattern.compile("^as_[a-z0-9]{12}_[A-Za-z0-9]{32}$"));
		assertThat(page.locator("[data-copy=issued-key]")).isVisible();
		String key = secret.textContent().strip();
		String prefix = key.substring(3, 15);
		ApiClient api = new ApiClient(port, key);
		org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/orders").status()).isEqualTo(200);

		page.reload();
		assertThat(page.locator("#issued-key")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(key);
		Locator row = page.locator("table.api-keys tbody tr", new Page.LocatorOptions().setHasText(name));
		assertThat(row).containsText("as_" + prefix + "_…");
		assertThat(row).containsText("read");
		assertThat(row).containsText("Active");

		page.onDialog(dialog -> dialog.accept());
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("revoked");
		assertThat(row).containsText("Revoked");
		org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/orders").status()).isEqualTo(401);
	}

	@Test
	void asksForANameBeforeCreatingAKey(Page page) {
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.navigate(AdminSession.url(port, "/admin/settings/api-keys"));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create key")).click();

		assertThat(page.locator(".field-error")).hasText("must be 1 to 80 characters");
		assertThat(page.locator("#issued-key")).hasCount(0);
	}

}
