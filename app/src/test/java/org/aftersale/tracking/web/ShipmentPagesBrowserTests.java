package org.aftersale.tracking.web;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.stores.Invitations;
import org.aftersale.stores.StaffFixtures;
import org.aftersale.stores.StoreRole;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.tracking.AttentionFixtures;
import org.aftersale.tracking.AttentionFixtures.Made;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ShipmentPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Invitations invitations;

	@Test // #3
	void findsAShipmentByItsNumberInAnySpellingAndShowsItsRawEvents(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		Made customs = AttentionFixtures.seed(store.api(port)).get("customs");
		StaffFixtures.Member analyst = StaffFixtures.join(invitations, store.id(), StoreRole.ANALYST);
		AdminSession.signIn(page, port, analyst.email(), analyst.password());
		String number = customs.trackingNumber().replace(" ", "").replace("-", "");
		String messy = number.substring(0, 3).toLowerCase() + " - " + number.substring(3, 7) + " "
				+ number.substring(7);

		page.navigate(AdminSession.url(port, "/admin/shipments"));
		assertThat(page.locator("table.shipments-table tbody tr")).hasCount(9);
		page.getByLabel("Tracking number").fill(messy);
		page.getByLabel("Tracking number").press("Enter");

		assertThat(page.locator("table.shipments-table tbody tr")).hasCount(1);
		page.getByText(customs.trackingNumber()).click();
		assertThat(page).hasURL(AdminSession.url(port, "/admin/shipments/" + customs.shipmentId()));
		assertThat(page.locator("main h1")).containsText("Exception");
		assertThat(page.locator(".page-header")).containsText("Customs hold");
		assertThat(page.locator("ol.events > li")).hasCount(2);
		page.locator("ol.events > li").first().locator("summary").click();
		assertThat(page.locator("ol.events > li").first().locator("details pre")).isVisible();
		assertThat(page.locator("ol.events > li").first().locator("details pre")).containsText("\"customs_hold\"");
		assertThat(page.locator("ol.events > li").first().locator("details pre"))
			.containsText("\"city\" : \"Leipzig\"");
		assertThat(page.locator("table.line-items")).hasCount(0);
	}

	@Test
	void showsTrackedShipmentsOnTheOrderAndAnswers404ForAnotherStoresShipment(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		OpenedStore other = StoreFixtures.openStore(environment, port);
		Map<String, Made> made = AttentionFixtures.seed(store.api(port));
		Made foreign = AttentionFixtures.seed(other.api(port)).get("customs");
		StaffFixtures.Member analyst = StaffFixtures.join(invitations, store.id(), StoreRole.ANALYST);
		AdminSession.signIn(page, port, analyst.email(), analyst.password());

		page.navigate(AdminSession.url(port, "/admin/orders/" + made.get("failed").orderId()));
		assertThat(page.locator(".shipment.tracked")).hasCount(1);
		assertThat(page.locator(".shipment.tracked")).containsText("Failed attempt");
		assertThat(page.locator(".shipment.tracked")).containsText("Carrier says failed attempt");
		page.getByText("Shipment details").click();
		assertThat(page).hasURL(AdminSession.url(port, "/admin/shipments/" + made.get("failed").shipmentId()));

		Response response = page.navigate(AdminSession.url(port, "/admin/shipments/" + foreign.shipmentId()));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("We could not find that page");
	}

}
