package org.aftersale.tracking.web;

import java.util.List;

import com.microsoft.playwright.Page;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.AxeAudit;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.tracking.web.TrackingPageFixtures.ShopperOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on the shopper's pages: no serious or critical violation on the look-up form,
 * an order page with shipments (one of them in trouble) and the not-found page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class TrackingPageAccessibilityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void findsNoSeriousViolationsOnTheShopperPages(Page page) {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ShopperOrder order = TrackingPageFixtures.order(api);
		TrackingPageFixtures.ship(api, order.id(), "1Z999AA10123456784", "ups", "TSHIRT-M", 2);
		TrackingPageFixtures.event(api, "1Z999AA10123456784", "in_transit", "", "Departed facility",
				"2026-10-02T08:00:00Z");
		TrackingPageFixtures.ship(api, order.id(), "1Z999AA10123456795", "ups", "MUG-1", 1);
		TrackingPageFixtures.event(api, "1Z999AA10123456795", "exception", "customs_hold", "Held by customs",
				"2026-10-02T09:00:00Z");
		List<String> urls = List.of(AdminSession.url(port, "/t/" + store.slug()),
				TrackingPageFixtures.link(api, order.id()),
				AdminSession.url(port, "/t/" + store.slug() + "/o/tampered"));
		List<String> found = AxeAudit.seriousViolations(page.context().browser(), urls);
		for (int i = 0; i < urls.size(); i++) {
			assertThat(found.get(i)).as(urls.get(i)).isEqualTo("[]");
		}
	}

}
