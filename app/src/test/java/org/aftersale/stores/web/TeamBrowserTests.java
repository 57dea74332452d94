package org.aftersale.stores.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.stores.Invitations;
import org.aftersale.stores.StaffFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreRole;
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
class TeamBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Invitations invitations;

	@Test
	void addsAnAnalystWhoSignsInAndSeesOnlyWhatTheRoleAllows(Page owner, Page analyst) {
		String email = "analyst." + System.nanoTime() + "@example.com";
		String password = addMember(owner, email, "Ana Lyst", "analyst");
		assertThat(owner.locator("table.members tbody tr", new Page.LocatorOptions().setHasText(email)))
			.containsText("Ana Lyst");

		AdminSession.signIn(analyst, port, email, password);

		assertThat(analyst).hasURL(AdminSession.url(port, "/admin"));
		assertThat(analyst.locator(".role-badge")).hasText("Analyst");
		assertThat(analyst.locator("nav.sidebar")).containsText("Orders");
		assertThat(analyst.locator("nav.sidebar")).not().containsText("API keys");
		Response response = analyst.navigate(AdminSession.url(port, "/admin/settings/store"));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(analyst.locator("h1")).hasText("You do not have access to this page");
	}

	@Test
	void changesAPasswordOnTheAccountPageAndReportsMistakes(Page owner, Page agent) {
		String email = "agent." + System.nanoTime() + "@example.com";
		String password = addMember(owner, email, "Agent Smith", "agent");
		AdminSession.signIn(agent, port, email, password);
		agent.navigate(AdminSession.url(port, "/admin/account"));

		changePassword(agent, password, "a-brand-new-secret", "a-different-secret");
		assertThat(agent.locator("#confirmPassword + .field-error")).hasText("does not match the new password");
		changePassword(agent, "wrong-password", "a-brand-new-secret", "a-brand-new-secret");
		assertThat(agent.locator("#currentPassword + .field-error")).hasText("is not your current password");
		changePassword(agent, password, "a-brand-new-secret", "a-brand-new-secret");
		assertThat(agent.getByRole(AriaRole.STATUS)).hasText("Your password was changed.");

		agent.context().clearCookies();
		AdminSession.signIn(agent, port, email, "a-brand-new-secret");
		assertThat(agent).hasURL(AdminSession.url(port, "/admin"));
	}

	@Test
	void keepsTheLastOwnerAndShowsWhy(Page owner) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		AdminSession.signIn(owner, port, credentials);
		owner.navigate(AdminSession.url(port, "/admin/settings/team"));
		Locator row = owner.locator("table.members tbody tr",
				new Page.LocatorOptions().setHasText(credentials.adminEmail()));

		row.locator("select").selectOption("admin");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change")).click();

		assertThat(owner.getByRole(AriaRole.ALERT)).hasText("Not changed: a store must keep at least one owner.");
		assertThat(row.locator("select")).hasValue("owner");
	}

	@Test
	void takesARoleChangeOrRemovalIntoAccountOnTheMembersNextClick(Page owner, Page member) {
		String email = "admin." + System.nanoTime() + "@example.com";
		String password = addMember(owner, email, "Ad Min", "admin");
		AdminSession.signIn(member, port, email, password);
		org.assertj.core.api.Assertions
			.assertThat(member.navigate(AdminSession.url(port, "/admin/settings/store")).status())
			.isEqualTo(200);

		owner.navigate(AdminSession.url(port, "/admin/settings/team"));
		Locator row = owner.locator("table.members tbody tr", new Page.LocatorOptions().setHasText(email));
		row.locator("select").selectOption("analyst");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change")).click();
		owner.waitForLoadState();

		org.assertj.core.api.Assertions
			.assertThat(member.navigate(AdminSession.url(port, "/admin/settings/store")).status())
			.isEqualTo(403);

		owner.onDialog(dialog -> dialog.accept());
		owner.locator("table.members tbody tr", new Page.LocatorOptions().setHasText(email))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove"))
			.click();
		owner.waitForLoadState();
		assertThat(owner.locator("table.members")).not().containsText(email);

		member.navigate(AdminSession.url(port, "/admin/orders"));
		assertThat(member).hasURL(AdminSession.url(port, "/admin/login?expired"));
		assertThat(member.getByRole(AriaRole.STATUS)).containsText("Please sign in again");
	}

	@Test // #16
	void addsAnExistingAccountOnlyWhenItsOwnerAccepts(Page owner, Page other) {
		StaffFixtures.Member existing = StaffFixtures.join(invitations, StoreFixtures.openStore(environment, port).id(),
				StoreRole.AGENT);
		AdminSession.signIn(owner, port, InitialCredentials.of(environment));
		owner.navigate(AdminSession.url(port, "/admin/settings/team"));
		owner.getByLabel("E-mail").fill(existing.email());
		owner.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("analyst");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
		String link = owner.locator("#invitation-link").textContent().strip();
		assertThat(owner.locator("table.members")).not().containsText(existing.email());
		assertThat(owner.locator("table.invitations")).containsText(existing.email());

		other.navigate(link);
		other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to accept")).click();
		other.getByLabel("E-mail").fill(existing.email());
		other.getByLabel("Password").fill(existing.password());
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and join")).click();

		assertThat(other).hasURL(AdminSession.url(port, "/admin"));
		assertThat(other.locator(".role-badge")).hasText("Analyst");
		owner.navigate(AdminSession.url(port, "/admin/settings/team"));
		assertThat(owner.locator("table.members")).containsText(existing.email());
		other.navigate(link);
		assertThat(other.locator("main")).containsText("already used");
	}

	// The owner invites through the team page (this server sends no e-mail, so the page
	// shows the link); the new member opens it, chooses a password and joins.
	private String addMember(Page owner, String email, String name, String role) {
		AdminSession.signIn(owner, port, InitialCredentials.of(environment));
		owner.navigate(AdminSession.url(port, "/admin/settings/team"));
		owner.getByLabel("E-mail").fill(email);
		owner.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		owner.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption(role);
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
		assertThat(owner.locator("#invited-heading")).containsText(email);
		String link = owner.locator("#invitation-link").textContent().strip();
		owner.reload();
		assertThat(owner.locator("#invitation-link")).hasCount(0);

		String password = "chosen-" + System.nanoTime();
		Page invitee = owner.context().browser().newPage();
		try {
			invitee.navigate(link);
			invitee.getByLabel("Choose a password").fill(password);
			invitee.getByLabel("Password again").fill(password);
			invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the team")).click();
			assertThat(invitee.getByRole(AriaRole.STATUS)).containsText("You joined the team");
		}
		finally {
			invitee.close();
		}
		owner.navigate(AdminSession.url(port, "/admin/settings/team"));
		return password;
	}

	private static void changePassword(Page page, String current, String fresh, String confirm) {
		page.getByLabel("Current password").fill(current);
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(fresh);
		page.getByLabel("Confirm new password").fill(confirm);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		page.waitForLoadState();
	}

}
