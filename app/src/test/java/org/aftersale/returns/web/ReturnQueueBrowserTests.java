package org.aftersale.returns.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.returns.ReturnFixtures;
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

import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ReturnQueueBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void theTeamApprovesReceivesAndResolvesAReturnAndRejectsOthersInBulk(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		JsonNode reviewed;
		JsonNode rejected;
		try {
			ReturnFixtures.reviewEverything(api);
			reviewed = ReturnFixtures.shirtReturn(api);
			rejected = ReturnFixtures.shirtReturn(api);
		}
		finally {
			ReturnFixtures.restoreStandard(api);
		}
		JsonNode approved = ReturnFixtures.shirtReturn(api);
		AdminSession.signIn(page, port, credentials);

		page.navigate(AdminSession.url(port, "/admin/returns?status=pending_review"));
		Locator rows = page.locator("table.returns-table tbody tr");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(reviewed.get("number").asString())))
			.containsText("Pending review");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(approved.get("number").asString()))).hasCount(0);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reviewed.get("number").asString())).click();
		assertThat(page.locator("ul.explanation li.fired")).containsText("Review everything");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is approved");
		page.getByLabel("Condition").selectOption("used");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Receive")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is received");
		assertThat(page.locator("table.return-items")).containsText("1 · used · resale hold");
		page.onDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is resolved");
		assertThat(page.locator("ol.timeline")).containsText("approved by " + credentials.adminEmail());
		assertThat(page.locator("ol.timeline")).containsText("resolved by " + credentials.adminEmail());
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel return"))).hasCount(0);

		page.navigate(AdminSession.url(port, "/admin/returns"));
		page.getByLabel("Select return " + rejected.get("number").asString()).check();
		page.getByLabel("Select return " + approved.get("number").asString()).check();
		page.getByLabel("Reason for rejecting").fill("Worn items cannot be returned.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject selected")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 return rejected.");
		// An approved return cannot be rejected: the team is told which and why.
		assertThat(page.getByRole(AriaRole.ALERT)).containsText(approved.get("number").asString() + " is approved");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(rejected.get("number").asString())))
			.containsText("Rejected");
		org.assertj.core.api.Assertions
			.assertThat(api.get("/api/v1/returns/" + rejected.get("id").asString()).json().get("status").asString())
			.isEqualTo("rejected");
	}

}
