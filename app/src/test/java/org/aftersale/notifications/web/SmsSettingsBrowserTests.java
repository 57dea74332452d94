package org.aftersale.notifications.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.sms.SmsProviders;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The admin's SMS page: the merchant sets up the store's Twilio account, the token is
 * write-only, mistakes are shown per field, and the provider can be removed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=", "aftersale.notifications.first-retry=1s",
				"aftersale.notifications.poll=100ms", "aftersale.notifications.max-attempts=2",
				"aftersale.notifications.sms-per-second=50", "aftersale.outbound.allow-private=true" })
@ExtendWith(BrowserExtension.class)
class SmsSettingsBrowserTests {

	static final String SID = "AC0123456789abcdef0123456789abcdef";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	SmsProviders providers;

	// The page works on the first store, which other tests share: it starts and ends
	// without an SMS provider, so no other test finds texts planned.
	@BeforeEach
	@AfterEach
	void withoutAProvider() {
		providers.remove(StoreId.of(InitialCredentials.of(environment).storeId()));
	}

	@Test
	void setsUpTheTwilioAccountWithoutEverShowingTheTokenAndRemovesIt(Page page) {
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SMS").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("SMS");
		assertThat(page.locator(".page-header .badge")).hasText("Not set up");

		page.getByLabel("Account SID").fill("AC123");
		page.getByLabel("Auth token").fill("browser-token-5150");
		page.getByLabel("Sender (number in E.164 or sender id)").fill("+15005550006");
		save(page);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("accountSid");
		assertThat(page.getByLabel("Sender (number in E.164 or sender id)")).hasValue("+15005550006");

		page.getByLabel("Account SID").fill(SID);
		page.getByLabel("Auth token").fill("browser-token-5150");
		save(page);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved the SMS provider.");
		assertThat(page.locator(".page-header .badge")).hasText("Sending from +15005550006");
		assertThat(page.locator("#webhook-url")).containsText("/webhooks/sms/");
		assertThat(page.getByLabel("Auth token")).hasAttribute("placeholder", "set (leave empty to keep)");
		org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("browser-token-5150");

		// Saving again without the token keeps the stored one.
		page.getByLabel("Sender (number in E.164 or sender id)").fill("MyShop");
		save(page);
		assertThat(page.locator(".page-header .badge")).hasText("Sending from MyShop");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the SMS provider")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Removed the SMS provider");
		assertThat(page.locator(".page-header .badge")).hasText("Not set up");
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
	}

}
