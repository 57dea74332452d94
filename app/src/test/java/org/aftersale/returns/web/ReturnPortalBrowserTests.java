package org.aftersale.returns.web;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.returns.ReturnFixtures;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.AxeAudit;
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

/**
 * A shopper returns an item from the tracking page's link: chooses it, sees what comes
 * back to the cent, submits, and cancels; a missing reason is explained; the look-up
 * finds the order; axe-core finds nothing serious on the portal's pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ReturnPortalBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void aShopperReturnsAShirtFromTheTrackingPageSeesTheAmountAndCancels(Page page) {
		ApiClient api = new ApiClient(port, InitialCredentials.of(environment).apiKey());
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		String link = api.get("/api/v1/orders/" + order.get("id").asString() + "/tracking-link")
			.json()
			.get("url")
			.asString();

		page.navigate(link);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Return or exchange an item")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Return items from order " + order.get("number").asString());

		// A unit chosen without a reason: told, nothing created.
		page.locator("fieldset", new Page.LocatorOptions().setHasText("Mug")).getByLabel("How many").selectOption("1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review my return")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("choose one of the reasons offered");

		page.locator("fieldset", new Page.LocatorOptions().setHasText("Mug")).getByLabel("How many").selectOption("0");
		var shirt = page.locator("fieldset", new Page.LocatorOptions().setHasText("Organic T-shirt"));
		shirt.getByLabel("How many").selectOption("1");
		shirt.getByLabel("Why").selectOption("too_small");
		shirt.getByLabel("Anything we should know (optional)").fill("Runs small");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review my return")).click();

		assertThat(page.locator("dd[data-total]")).hasText("€23.68");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit return")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Approved. Pack the items; the label and instructions follow by e-mail.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel this return")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You cancelled this return.");
		org.assertj.core.api.Assertions
			.assertThat(api.get("/api/v1/returns?orderId=" + order.get("id").asString()).json().get("items"))
			.singleElement()
			.satisfies(
					r -> org.assertj.core.api.Assertions.assertThat(r.get("status").asString()).isEqualTo("cancelled"));
	}

	@Test
	void theLookUpFindsTheOrderAndThePagesHaveNoSeriousAccessibilityProblems(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		String portal = AdminSession.url(port, "/r/" + credentials.storeSlug());

		page.navigate(portal + "?lang=de");
		page.getByLabel("Bestellnummer").fill(order.get("number").asString());
		page.locator("#contact").fill("nobody@example.com");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestellung finden")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("keine Bestellung");
		page.getByLabel("Bestellnummer").fill(order.get("number").asString());
		page.locator("#contact").fill(order.get("customer").get("email").asString().toUpperCase());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestellung finden")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText(order.get("number").asString());
		String orderPage = page.url();

		List<String> urls = List.of(portal, orderPage, portal + "/o/tampered");
		List<String> found = AxeAudit.seriousViolations(page.context().browser(), urls);
		for (int i = 0; i < urls.size(); i++) {
			org.assertj.core.api.Assertions.assertThat(found.get(i)).as(urls.get(i)).isEqualTo("[]");
		}
	}

}
