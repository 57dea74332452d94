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
class LoginBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void refusesAWrongPasswordWithAMessage(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);

		AdminSession.signIn(page, port, credentials.adminEmail(), "not-the-password");

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match an account");
		assertThat(page).hasURL(AdminSession.url(port, "/admin/login?error"));
	}

	@Test
	void signsInOntoTheHomePageAndOutAgain(Page page) {
		AdminSession.signIn(page, port, InitialCredentials.of(environment));

		assertThat(page).hasURL(AdminSession.url(port, "/admin"));
		assertThat(page.locator("main h1")).hasText("Home");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("You have been signed out");
		page.navigate(AdminSession.url(port, "/admin/orders"));
		assertThat(page).hasURL(AdminSession.url(port, "/admin/login"));
	}

	@Test // #16
	void showsTheOwnerEverySignInAndWrongPassword(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		AdminSession.signIn(page, port, credentials.adminEmail(), "typo-" + System.nanoTime());
		AdminSession.signIn(page, port, credentials);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign-ins")).click();

		assertThat(page.locator("main h1")).hasText("Sign-ins");
		assertThat(page.locator("table.sign-ins tbody tr").first()).containsText("Signed in");
		assertThat(page.locator("table.sign-ins")).containsText("Wrong password");
		assertThat(page.locator("table.sign-ins")).containsText(credentials.adminEmail());
	}

}
