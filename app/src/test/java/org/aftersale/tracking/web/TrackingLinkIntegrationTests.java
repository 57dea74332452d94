package org.aftersale.tracking.web;

import java.time.Duration;
import java.time.Instant;

import org.aftersale.stores.ApiKeyScope;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.tracking.web.TrackingPageFixtures.ShopperOrder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/orders/{id}/tracking-link}: signed links that open only their own
 * store's order, only until they expire, and never another store's order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrackingLinkIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext context;

	@Test
	void givesAReadKeyASignedLinkThatOpensTheOrdersPage() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		ApiClient reader = new ApiClient(port, StoreFixtures.keyFor(context, store.id(), ApiKeyScope.READ));

		ApiClient.Response link = reader.get("/api/v1/orders/" + order.id() + "/tracking-link");

		assertThat(link.status()).as(link.body()).isEqualTo(200);
		String url = link.json().get("url").asString();
		assertThat(url).startsWith("http://localhost:" + port + "/t/" + store.slug() + "/o/");
		Instant expires = Instant.parse(link.json().get("expiresAt").asString());
		assertThat(Duration.between(Instant.now(), expires).toDays()).isBetween(89L, 90L);
		ApiClient.Response page = new ApiClient(port, "").get(url.substring(url.indexOf("/t/")));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(order.number()).contains("Organic T-shirt");
	}

	@Test
	void answers404ForAnotherStoresOrderAndItsLinkOpensNothingElsewhere() {
		OpenedStore mine = StoreFixtures.openStore(environment, port);
		OpenedStore theirs = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(mine.api(port));
		ApiClient anonymous = new ApiClient(port, "");

		ApiClient.Response foreign = theirs.api(port).get("/api/v1/orders/" + order.id() + "/tracking-link");
		String url = TrackingPageFixtures.link(mine.api(port), order.id());
		String token = url.substring(url.lastIndexOf('/') + 1);

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.header("Content-Type")).contains("application/problem+json");
		ApiClient.Response elsewhere = anonymous.get("/t/" + theirs.slug() + "/o/" + token);
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(elsewhere.body()).doesNotContain(order.number()).doesNotContain("Organic T-shirt");
		assertThat(anonymous.get("/api/v1/orders/" + order.id() + "/tracking-link").status()).isEqualTo(401);
	}

	@Test
	void showsTheSameFriendlyNotFoundForTamperedGarbageAndUnknownStores() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		String url = TrackingPageFixtures.link(store.api(port), order.id());
		String path = url.substring(url.indexOf("/t/"));
		char last = path.charAt(path.length() - 5);
		String tampered = path.substring(0, path.length() - 5) + (last == 'A' ? 'B' : 'A')
				+ path.substring(path.length() - 4);
		ApiClient anonymous = new ApiClient(port, "");

		for (String bad : new String[] { tampered, "/t/" + store.slug() + "/o/not-a-token",
				"/t/" + store.slug() + "/o/AAAA", "/t/no-such-store/o/abc" }) {
			ApiClient.Response response = anonymous.get(bad);
			assertThat(response.status()).as(bad).isEqualTo(404);
			assertThat(response.body()).as(bad).contains("We could not find this page").doesNotContain(order.number());
		}
	}

}
