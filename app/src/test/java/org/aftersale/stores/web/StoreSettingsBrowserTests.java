package org.aftersale.stores.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.testing.AdminSession;
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
class StoreSettingsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void savesNameTimezoneCurrencyLocaleLogoAndColours(Page page) {
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.navigate(AdminSession.url(port, "/admin/settings/store"));
		assertThat(page.getByLabel("Slug")).not().isEditable();

		page.getByLabel("Store name").fill("Casa Verde");
		page.getByLabel("Time zone").selectOption("America/Sao_Paulo");
		page.getByLabel("Currency").fill("brl");
		page.getByLabel("Language").selectOption("pt-BR");
		assertThat(page.locator("#logo-preview")).isHidden();
		page.getByLabel("…or its address").fill("https://example.com/logo.png");
		assertThat(page.locator("#logo-preview")).isVisible();
		page.getByLabel("Brand colour").fill("#aa3300");
		page.getByLabel("Accent colour").fill("#0055aa");
		save(page);

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Store settings saved.");
		assertThat(page.getByLabel("Store name")).hasValue("Casa Verde");
		assertThat(page.locator(".topbar")).containsText("Casa Verde");
		assertThat(page.getByLabel("Time zone")).hasValue("America/Sao_Paulo");
		assertThat(page.getByLabel("Currency")).hasValue("BRL");
		assertThat(page.getByLabel("Language")).hasValue("pt-BR");
		assertThat(page.getByLabel("Brand colour")).hasValue("#aa3300");
		assertThat(page.locator(".logo-preview img")).hasAttribute("src", "https://example.com/logo.png");
	}

	@Test
	void showsFieldErrorsAndKeepsWhatWasTyped(Page page) {
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.navigate(AdminSession.url(port, "/admin/settings/store"));

		page.getByLabel("Store name").fill("Typed but not saved");
		// A colour picker cannot produce a bad value; a hand-made request can.
		page.locator("#brandColor").evaluate("input => input.type = 'text'");
		page.locator("#brandColor").fill("blue");
		page.getByLabel("Currency").fill("XYZ1");
		save(page);

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("correct the highlighted fields");
		assertThat(page.locator(".color-field:has(#brandColor) + .field-error"))
			.hasText("must be a colour like #1f4fd1");
		assertThat(page.locator("#currency + .field-error")).hasText("is not an ISO 4217 currency code");
		assertThat(page.getByLabel("Store name")).hasValue("Typed but not saved");
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
		page.waitForLoadState();
	}

}
