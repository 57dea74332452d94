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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The merchant edits a draft policy, is shown where a broken one is wrong, tries the
 * draft on one order, back-tests it on the past months and publishes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ReturnPolicySimulatorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void aDraftIsTriedOnAnOrderBackTestedAndPublished(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		try {
			AdminSession.signIn(page, port, credentials);
			page.navigate(AdminSession.url(port, "/admin/returns/policy"));
			Locator document = page.getByLabel("Draft policy (JSON)");

			document.fill("{\"window\": {\"days\": 0, \"from\": \"delivery\"}, \"reasons\": []}");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("The draft was not saved");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("reasons");

			document.fill(mugsAreFinal(api));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft saved as version");

			page.getByLabel("Order number").fill(order.get("number").asString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try")).click();
			Locator mug = page.locator("table.dry-run tbody tr", new Page.LocatorOptions().setHasText("Mug"));
			assertThat(mug).containsText("deny");
			assertThat(mug).containsText("Mugs are final sale.");
			assertThat(page.locator("table.dry-run tbody tr", new Page.LocatorOptions().setHasText("Organic T-shirt")))
				.containsText("allow");

			page.getByLabel("Period").selectOption("12");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back-test")).click();
			assertThat(page.locator(".backtest dl")).containsText("No longer returnable");
			assertThat(page.locator("table.backtest-examples")).containsText("Mugs are final sale.");

			page.onDialog(dialog -> dialog.accept());
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Publish version \\d+")))
				.click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("is published");
			org.assertj.core.api.Assertions
				.assertThat(api.get("/api/v1/orders/" + order.get("id").asString() + "/returnable")
					.json()
					.get("items")
					.toString())
				.contains("Mugs are final sale.");
		}
		finally {
			ReturnFixtures.restoreStandard(api);
		}
	}

	// The published policy with one more rule: mugs cannot be returned.
	private static String mugsAreFinal(ApiClient api) {
		ObjectNode policy = (ObjectNode) api.get("/api/v1/returns/policy").json().get("published").deepCopy();
		ObjectNode rule = ((ArrayNode) policy.get("rules")).addObject();
		rule.put("name", "Mugs are final");
		rule.putObject("when")
			.putArray("all")
			.addObject()
			.put("fact", "item.sku")
			.put("op", "in")
			.putArray("values")
			.add("MUG-1");
		rule.putObject("then").put("outcome", "deny").put("message", "Mugs are final sale.");
		return JsonMapper.builder().build().writeValueAsString(policy);
	}

}
