package org.aftersale.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Signs a staff member in to the admin through its login form, the way a merchant does.
 */
public final class AdminSession {

	private AdminSession() {
	}

	public static String url(int port, String path) {
		return "http://localhost:" + port + path;
	}

	public static void signIn(Page page, int port, String email, String password) {
		page.navigate(url(port, "/admin/login"));
		page.getByLabel("E-mail").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForLoadState();
	}

	public static void signIn(Page page, int port, InitialCredentials credentials) {
		signIn(page, port, credentials.adminEmail(), credentials.adminPassword());
	}

}
