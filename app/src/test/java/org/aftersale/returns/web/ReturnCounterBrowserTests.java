package org.aftersale.returns.web;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.returns.ReturnFixtures;
import org.aftersale.stores.Invitations;
import org.aftersale.stores.StaffFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreRole;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.AxeAudit;
import org.aftersale.testing.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A return in a shop: the shopper's return page shows the code to bring, and a store
 * associate, signed in on a phone, finds the return by that code at the counter and
 * accepts the items; the rest of the admin is not the associate's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ReturnCounterBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Invitations invitations;

	@Test
	void theShopperBringsTheCodeAndAnAssociateAcceptsTheItems(Page page) {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ApiClient.Response shop = api.post("/api/v1/locations", """
				{"name":"Mitte shop","kind":"store","acceptsReturns":true,
				 "address":{"line1":"Torstraße 1","city":"Berlin","postalCode":"10119","country":"DE"}}""");
		org.assertj.core.api.Assertions.assertThat(shop.status()).as(shop.body()).isEqualTo(201);
		ObjectNode policy = (ObjectNode) api.get("/api/v1/returns/policy").json().get("published").deepCopy();
		policy.putArray("methods").add("mail").add("in_store");
		org.assertj.core.api.Assertions
			.assertThat(api.put("/api/v1/returns/policy/draft", JsonMapper.builder().build().writeValueAsString(policy))
				.status())
			.isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/returns/policy/publish", "{}").status())
			.isEqualTo(200);

		JsonNode order = ReturnFixtures.deliveredOrder(api);
		ApiClient.Response created = api.post("/api/v1/returns", """
				{"orderId":"%s","items":[{"lineItemId":"%s","quantity":1,"reason":"too_small"}],
				 "resolution":"refund","method":"in_store"}""".formatted(order.get("id").asString(),
				ReturnFixtures.lineId(order, "TSHIRT-M")));
		org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
		String number = created.json().get("number").asString();
		String id = created.json().get("id").asString();

		String link = api.get("/api/v1/orders/" + order.get("id").asString() + "/tracking-link")
			.json()
			.get("url")
			.asString()
			.replace("/t/", "/r/");
		String returnPage = link + "/returns/" + id;
		page.navigate(returnPage);
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code of return " + number)))
			.isVisible();
		assertThat(page.locator("section.tp-counter")).containsText(number);
		assertThat(page.locator("section.tp-counter")).containsText("Mitte shop");
		org.assertj.core.api.Assertions
			.assertThat(AxeAudit.seriousViolations(page.context().browser(), List.of(returnPage)))
			.containsExactly("[]");

		StaffFixtures.Member associate = StaffFixtures.join(invitations, store.id(), StoreRole.ASSOCIATE);
		AdminSession.signIn(page, port, associate.email(), associate.password());
		org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/admin/returns/counter");
		page.getByLabel("Return code").fill(number.substring(1).toLowerCase(java.util.Locale.ROOT));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
		assertThat(page.locator("#counter-return")).hasText("Return " + number);
		page.getByLabel("Condition").selectOption("used");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the items")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is accepted");

		JsonNode after = api.get("/api/v1/returns/" + id).json();
		org.assertj.core.api.Assertions.assertThat(after.get("status").asString()).isEqualTo("received");
		org.assertj.core.api.Assertions.assertThat(after.get("items").get(0).get("condition").asString())
			.isEqualTo("used");
		org.assertj.core.api.Assertions.assertThat(after.get("timeline").toString())
			.contains("\"actor\":\"" + associate.email() + "\"");

		// The returns queue and the orders are not an associate's.
		com.microsoft.playwright.Response queue = page.navigate(AdminSession.url(port, "/admin/returns"));
		org.assertj.core.api.Assertions.assertThat(queue.status()).isEqualTo(403);
	}

}
