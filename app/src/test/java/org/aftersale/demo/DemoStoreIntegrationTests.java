package org.aftersale.demo;

import java.util.HashMap;
import java.util.Map;

import org.aftersale.catalog.CatalogQueries;
import org.aftersale.customers.CustomerQueries;
import org.aftersale.orders.OrderPage;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderSearch;
import org.aftersale.orders.OrderStatus;
import org.aftersale.orders.OrderSummary;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "aftersale.demo=true")
class DemoStoreIntegrationTests {

	@Autowired
	StoreDirectory stores;

	@Autowired
	OrderQueries orders;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	CustomerQueries customers;

	@LocalServerPort
	int port;

	@Test
	void seedsAYearOfRealisticOrdersIntoTheFirstStore() {
		Store store = stores.firstStore().orElseThrow();
		assertThat(store.name()).isEqualTo("Northwind Outfitters");
		assertThat(orders.count(store.id())).isEqualTo(400);
		assertThat(catalog.count(store.id())).isEqualTo(DemoCatalogue.PRODUCTS.size());

		Map<OrderStatus, Integer> byStatus = new HashMap<>();
		Map<String, Integer> byCustomer = new HashMap<>();
		String cursor = null;
		do {
			OrderPage<OrderSummary> page = orders.search(store.id(), OrderSearch.everything(), cursor, 200);
			page.items().forEach(o -> {
				byStatus.merge(o.status(), 1, Integer::sum);
				byCustomer.merge(o.customerEmail(), 1, Integer::sum);
			});
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(byStatus.get(OrderStatus.FULFILLED)).isGreaterThan(300);
		assertThat(byStatus.get(OrderStatus.CANCELLED)).isPositive();
		assertThat(byStatus.get(OrderStatus.OPEN)).isPositive();
		assertThat(byCustomer.values().stream().filter(n -> n > 1).count()).as("repeat customers").isGreaterThan(30);
		// Customers come from the order events, delivered asynchronously through the
		// registry.
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(customers.count(store.id())).isEqualTo(byCustomer.size()));
	}

	@Test
	void drawsDemoProductPicturesLocally() throws Exception {
		var client = java.net.http.HttpClient.newHttpClient();
		var response = client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/demo/images/TEE-ORG.svg"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<svg").contains("Organic Cotton Tee");
		var missing = client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/demo/images/nope.svg"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
	}

}
