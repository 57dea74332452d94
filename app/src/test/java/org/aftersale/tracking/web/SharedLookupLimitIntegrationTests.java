package org.aftersale.tracking.web;

import java.net.http.HttpResponse;

import org.aftersale.AftersaleApplication;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.tracking.web.TrackingPageFixtures.ShopperOrder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Look-up limits behind a trusted proxy and across servers: a guesser slows only
 * themselves, not the shopper whose order they guess at, and two servers on one database
 * allow the limit once between them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { SharedLookupLimitIntegrationTests.PER_ADDRESS, SharedLookupLimitIntegrationTests.PER_ORDER,
				SharedLookupLimitIntegrationTests.PROXIES })
class SharedLookupLimitIntegrationTests {

	static final String PER_ADDRESS = "aftersale.tracking.page.lookups-per-address=1000";

	static final String PER_ORDER = "aftersale.tracking.page.lookups-per-order=5";

	static final String PROXIES = "aftersale.trusted-proxies=127.0.0.1,::1";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test // #16
	void letsTheShopperInWhileAGuesserFromAnotherAddressIsRefused() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		ShopperBrowser guesser = new ShopperBrowser(port, "203.0.113.7");
		for (int i = 0; i < 5; i++) {
			assertThat(guesser.lookUp(store.slug(), order.number(), "guess" + i + "@example.com").statusCode())
				.isEqualTo(200);
		}

		HttpResponse<String> refused = guesser.lookUp(store.slug(), order.number(), order.email());
		HttpResponse<String> shopper = new ShopperBrowser(port, "198.51.100.20").lookUp(store.slug(), order.number(),
				order.email());

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(shopper.statusCode()).isEqualTo(302);
	}

	@Test // #16
	void sharesOneLimitBetweenTwoServersOnOneDatabase() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AftersaleApplication.class)
			.properties("server.port=0", PER_ADDRESS, PER_ORDER, PROXIES,
					"spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
					"spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
					"spring.datasource.hikari.maximum-pool-size=4",
					"aftersale.data-dir=" + environment.getProperty("aftersale.data-dir"))
			.run()) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			ShopperBrowser onFirst = new ShopperBrowser(port, "203.0.113.9");
			ShopperBrowser onSecond = new ShopperBrowser(secondPort, "203.0.113.9");
			for (int i = 0; i < 5; i++) {
				ShopperBrowser server = i % 2 == 0 ? onFirst : onSecond;
				assertThat(server.lookUp(store.slug(), order.number(), "guess" + i + "@example.com").statusCode())
					.isEqualTo(200);
			}

			assertThat(onSecond.lookUp(store.slug(), order.number(), order.email()).statusCode()).isEqualTo(429);
			assertThat(onFirst.lookUp(store.slug(), order.number(), order.email()).statusCode()).isEqualTo(429);
		}
	}

	@Test // #16
	void refusesToStartASecondServerWithKeysOfItsOwn() throws Exception {
		java.nio.file.Path ownFolder = java.nio.file.Files.createTempDirectory("aftersale-own-keys-");
		SpringApplicationBuilder second = new SpringApplicationBuilder(AftersaleApplication.class).properties(
				"server.port=0", "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
				"spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
				"spring.datasource.hikari.maximum-pool-size=2", "aftersale.data-dir=" + ownFolder);

		org.assertj.core.api.Assertions.assertThatThrownBy(second::run)
			.rootCause()
			.hasMessageContaining("cannot open what its database holds")
			.hasMessageContaining("AFTERSALE_ENCRYPTION_KEYSET");
	}

}
