package org.aftersale.tracking.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.aftersale.orders.OrderId;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.tracking.ShortLinks;
import org.aftersale.tracking.web.TrackingPageFixtures.ShopperOrder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short link of a text leads to the order's page through a freshly signed link, for
 * as long as a signed link would; anything else is the shopper's "not found", and
 * guessing codes is throttled like guessing orders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aftersale.tracking.page.lookups-per-address=5", "aftersale.trusted-proxies=127.0.0.1,::1" })
class ShortLinkIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ShortLinks shortLinks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void leadsToTheOrdersPageUntilItExpires() throws Exception {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ShopperOrder order = TrackingPageFixtures.order(api);
		OrderId orderId = new OrderId(UUID.fromString(order.id()));

		String link = shortLinks.urlFor(store.id(), orderId);
		assertThat(link).matches("http://localhost:\\d+/s/[0-9A-Za-z]{10}");
		assertThat(shortLinks.urlFor(store.id(), orderId)).as("the order keeps its code").isEqualTo(link);
		String path = link.substring(link.indexOf("/s/"));

		HttpResponse<String> followed = get(path, "203.0.113.10");
		assertThat(followed.statusCode()).isEqualTo(302);
		String location = followed.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/t/" + store.slug() + "/o/");
		assertThat(get(URI.create(location).getPath(), "203.0.113.10").body()).contains("Order " + order.number());

		jdbc.sql("update tracking.short_link set expires_at = now() - interval '1 minute' where code = :code")
			.param("code", path.substring(3))
			.update();
		HttpResponse<String> expired = get(path, "203.0.113.10");
		assertThat(expired.statusCode()).isEqualTo(404);
		assertThat(expired.body()).contains("/t/" + store.slug());
	}

	@Test
	void throttlesAnAddressThatGuessesCodes() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(get("/s/Guess0000" + i, "203.0.113.77").statusCode()).isEqualTo(404);
		}
		HttpResponse<String> throttled = get("/s/Guess00009", "203.0.113.77");
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		assertThat(get("/s/not-a-code", "203.0.113.78").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path, String clientAddress) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-For", clientAddress)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
