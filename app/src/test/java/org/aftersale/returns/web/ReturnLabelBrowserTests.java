package org.aftersale.returns.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.aftersale.returns.EasyPostStub;
import org.aftersale.returns.ReturnFixtures;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The merchant sets up EasyPost, a return gets its label and the shopper prints it from
 * the portal; a return whose label cannot be bought needs the team, who upload their own
 * label and leave a note.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ReturnLabelBrowserTests {

	static final WireMockServer easypost = new WireMockServer(options().dynamicPort());

	static {
		easypost.start();
	}

	@DynamicPropertySource
	static void pointAtTheStub(DynamicPropertyRegistry registry) {
		registry.add("aftersale.returns.labels.easypost-base-url", easypost::baseUrl);
	}

	@AfterAll
	static void stopTheStub() {
		easypost.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void aLabelIsBoughtForTheShopperAndTheTeamUploadsOneWhereItCannotBe(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		ApiClient.Response location = api.post("/api/v1/locations",
				"""
						{"name":"Returns desk","kind":"warehouse","acceptsReturns":true,
						 "address":{"line1":"417 Montgomery St","city":"San Francisco","region":"CA","postalCode":"94104","country":"US"}}""");
		org.assertj.core.api.Assertions.assertThat(location.status()).as(location.body()).isEqualTo(201);
		AdminSession.signIn(page, port, credentials);

		page.navigate(AdminSession.url(port, "/admin/settings/return-labels"));
		page.getByLabel("API key").fill(EasyPostStub.KEY);
		page.getByLabel("A return parcel weighs (ounces)").fill("20");
		page.getByLabel("Carriers allowed (empty for any), e.g. usps, ups").fill("usps");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Return labels are bought through EasyPost.");

		JsonNode order = ReturnFixtures.deliveredOrder(api);
		EasyPostStub stub = new EasyPostStub(easypost).forShopper(order.get("customer").get("email").asString());
		JsonNode bought = create(api, order);
		awaitLabel(api, bought, "bought");

		page.navigate(AdminSession.url(port, "/admin/returns/" + bought.get("id").asString()));
		assertThat(page.locator("#label-heading + div")).containsText(stub.trackingCode);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("QR code"))).hasAttribute("href",
				stub.qrUrl);

		String link = api.get("/api/v1/orders/" + order.get("id").asString() + "/tracking-link")
			.json()
			.get("url")
			.asString();
		page.navigate(link);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Return or exchange an item")).click();
		page.navigate(page.url().replaceAll("\\?.*$", "") + "/returns/" + bought.get("id").asString());
		assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Print the label and stick it on the parcel")))
			.hasAttribute("href", java.util.regex.Pattern.compile("^https://easypost-files"));
		assertThat(page.locator("section.tp-label")).containsText(stub.trackingCode);

		// No rate for this shopper: the team is told and uploads its own label.
		JsonNode failing = create(api, ReturnFixtures.deliveredOrder(api));
		awaitLabel(api, failing, "failed");
		page.navigate(AdminSession.url(port, "/admin/returns?attention=true"));
		assertThat(page.locator("table.returns-table tbody tr",
				new Page.LocatorOptions().setHasText(failing.get("number").asString())))
			.containsText("Needs attention");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(failing.get("number").asString())).click();
		assertThat(page.locator("#label-heading + div")).containsText("EasyPost create shipment");
		page.getByLabel("Upload your own label (PDF, PNG or JPEG, at most 2 MB)")
			.setInputFiles(new FilePayload("label.pdf", "application/pdf",
					"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)));
		page.getByLabel("Its tracking number").fill("1Z999AA10123456784");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload label")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The label is uploaded; its parcel is followed.");
		assertThat(page.locator("#label-heading + div")).containsText("1Z999AA10123456784");

		page.getByLabel("Internal note (the shopper never sees it)").fill("Customer called: printing at the library.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
		assertThat(page.locator("ol.timeline")).containsText("Customer called: printing at the library.");
		assertThat(page.locator("ol.timeline")).containsText("label uploaded for 1Z999AA10123456784");
	}

	private static JsonNode create(ApiClient api, JsonNode order) {
		ApiClient.Response created = api.post("/api/v1/returns", ReturnFixtures.returnJson(order.get("id").asString(),
				ReturnFixtures.lineId(order, "TSHIRT-M"), 1, "too_small", "refund"));
		org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private static void awaitLabel(ApiClient api, JsonNode ret, String status) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			JsonNode label = api.get("/api/v1/returns/" + ret.get("id").asString()).json().get("label");
			return label != null && !label.isNull() && status.equals(label.get("status").asString());
		});
	}

}
