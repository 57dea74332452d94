package org.aftersale.tracking.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
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

	// From the org.webjars.npm:axe-core test dependency: no download at test time.
	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final String SERIOUS_VIOLATIONS = """
			async () => {
			  const result = await axe.run(document, { resultTypes: ['violations'] });
			  return JSON.stringify(result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')));
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void findsNoSeriousViolationsOnTheShopperPages(Page page) throws IOException {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ShopperOrder order = TrackingPageFixtures.order(api);
		TrackingPageFixtures.ship(api, order.id(), "1Z999AA10123456784", "ups", "TSHIRT-M", 2);
		TrackingPageFixtures.event(api, "1Z999AA10123456784", "in_transit", "", "Departed facility",
				"2026-10-02T08:00:00Z");
		TrackingPageFixtures.ship(api, order.id(), "1Z999AA10123456795", "ups", "MUG-1", 1);
		TrackingPageFixtures.event(api, "1Z999AA10123456795", "exception", "customs_hold", "Held by customs",
				"2026-10-02T09:00:00Z");
		String axe = axeScript();
		// The page's CSP rightly forbids inline scripts; only this test's context may
		// inject axe.
		Browser browser = page.context().browser();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page audited = context.newPage();
			for (String url : new String[] { AdminSession.url(port, "/t/" + store.slug()),
					TrackingPageFixtures.link(api, order.id()),
					AdminSession.url(port, "/t/" + store.slug() + "/o/tampered") }) {
				audited.navigate(url);
				audited.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
				assertThat((String) audited.evaluate(SERIOUS_VIOLATIONS)).as(url).isEqualTo("[]");
			}
		}
	}

	private static String axeScript() throws IOException {
		try (InputStream in = TrackingPageAccessibilityBrowserTests.class.getClassLoader().getResourceAsStream(AXE)) {
			assertThat(in).as(AXE).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
