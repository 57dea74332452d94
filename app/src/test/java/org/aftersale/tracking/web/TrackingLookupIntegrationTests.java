package org.aftersale.tracking.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.tracking.web.TrackingPageFixtures.ShopperOrder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look-up form of {@code /t/{slug}}: right answers lead to the signed page, wrong
 * ones reveal nothing (same page, similar time), and guessing is braked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"aftersale.tracking.page.lookups-per-address=1000", "aftersale.tracking.page.lookups-per-order=60" })
class TrackingLookupIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void redirectsToTheSignedPageForTheEmailOrPostalCodeInAnySpelling() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		ShopperBrowser shopper = new ShopperBrowser(port);

		for (String contact : new String[] { order.email(), "  " + order.email().toUpperCase() + " ", "sw1a1aa",
				"SW1A-1AA" }) {
			HttpResponse<String> found = shopper.lookUp(store.slug(), order.number().substring(1), contact);
			assertThat(found.statusCode()).as(contact).isEqualTo(302);
			String location = found.headers().firstValue("Location").orElseThrow();
			assertThat(location).contains("/t/" + store.slug() + "/o/");
			assertThat(shopper.get(location.substring(location.indexOf("/t/"))).body()).contains(order.number());
		}
	}

	@Test
	void answersAWrongContactExactlyLikeAnUnknownOrder() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		ShopperBrowser shopper = new ShopperBrowser(port);
		String unknownNumber = "#999999999";

		HttpResponse<String> wrong = shopper.lookUp(store.slug(), order.number(), "someone@example.com");
		HttpResponse<String> unknown = shopper.lookUp(store.slug(), unknownNumber, "someone@example.com");
		HttpResponse<String> empty = shopper.lookUp(store.slug(), order.number(), "");

		assertThat(wrong.statusCode()).isEqualTo(200).isEqualTo(unknown.statusCode()).isEqualTo(empty.statusCode());
		assertThat(wrong.body()).contains("We could not find an order with these details");
		assertThat(ShopperBrowser.comparable(wrong.body(), order.number()))
			.isEqualTo(ShopperBrowser.comparable(unknown.body(), unknownNumber))
			.isEqualTo(ShopperBrowser.comparable(empty.body(), order.number()));
	}

	@Test
	void takesAboutAsLongForAWrongContactAsForAnUnknownOrder() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		ShopperBrowser shopper = new ShopperBrowser(port);
		List<Long> wrong = new ArrayList<>();
		List<Long> unknown = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			wrong.add(time(() -> shopper.lookUp(store.slug(), order.number(), "nobody@example.com")));
			String unknownNumber = "#8" + i;
			unknown.add(time(() -> shopper.lookUp(store.slug(), unknownNumber, "nobody@example.com")));
		}
		// Medians of alternating runs on a shared machine: a generous bound that still
		// catches a path that skips the database or the comparison.
		assertThat(Math.abs(median(wrong) - median(unknown))).isLessThan(15_000_000L);
	}

	@Test
	void refusesWithRetryAfterOnceAnOrderWasTriedTooOften() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ShopperOrder order = TrackingPageFixtures.order(store.api(port));
		ShopperBrowser shopper = new ShopperBrowser(port);
		for (int i = 0; i < 60; i++) {
			shopper.lookUp(store.slug(), order.number(), "guess" + i + "@example.com");
		}

		HttpResponse<String> refused = shopper.lookUp(store.slug(), order.number(), order.email());

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
		assertThat(refused.body()).contains("Too many attempts");
	}

	private static long time(Runnable action) {
		long started = System.nanoTime();
		action.run();
		return System.nanoTime() - started;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
