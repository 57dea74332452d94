package org.aftersale.demo;

import java.util.HashMap;
import java.util.List;
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

// With an SMTP server configured (nothing listens there: a message that tried to go out
// would show as failed or waiting), so that e-mail is planned as in production.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aftersale.demo=true", "spring.mail.host=127.0.0.1", "spring.mail.port=9" })
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

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.aftersale.tracking.AttentionQueries attention;

	@Test
	void tellsEveryPartOfTheStoryAndWritesToNobody() {
		Store store = stores.firstStore().orElseThrow();
		Map<String, Long> parcels = new HashMap<>();
		jdbc.sql("select status, count(*) from tracking.shipment where store_id = :store group by status")
			.param("store", store.id().value())
			.query((rs, n) -> parcels.put(rs.getString(1), rs.getLong(2)))
			.list();
		assertThat(parcels).containsKeys("INFO_RECEIVED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "FAILED_ATTEMPT",
				"EXCEPTION", "DELIVERED");
		long all = parcels.values().stream().mapToLong(Long::longValue).sum();
		assertThat(parcels.get("DELIVERED")).isGreaterThan(all / 2);
		// Carrier histories, not a bare status: several scans per delivered parcel.
		assertThat(jdbc.sql("""
				select min(n) from (select count(*) as n from tracking.tracking_event e
				  join tracking.shipment s on s.id = e.shipment_id
				  where s.store_id = :store and s.status = 'DELIVERED' group by s.id) scans""")
			.param("store", store.id().value())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(5);
		assertThat(jdbc.sql("""
				select count(*) from (select order_id from tracking.shipment where store_id = :store
				  group by order_id having count(*) > 1) split""")
			.param("store", store.id().value())
			.query(Long.class)
			.single()).as("orders shipped in two parcels").isPositive();
		// Attention shows a realistic few, not everything.
		long open = attention.counts(store.id()).open();
		assertThat(open).isPositive().isLessThan(all / 10);
		// Messages are in the log, and not one went out to a made-up shopper.
		// (planned by listeners after the seeding's commits)
		Map<String, Long> messages = new HashMap<>();
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
			messages.clear();
			jdbc.sql("select status, count(*) from notifications.message where store_id = :store group by status")
				.param("store", store.id().value())
				.query((rs, n) -> messages.put(rs.getString(1), rs.getLong(2)))
				.list();
			assertThat(messages.getOrDefault("suppressed", 0L)).isGreaterThan(20);
		});
		assertThat(messages).doesNotContainKeys("sent", "delivered", "scheduled", "sending", "held", "failed");
	}

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
	void hasReturnsInEveryStatusUnderAPolicyOfItsOwn() {
		List<String> statuses = jdbc.sql("select distinct status from returns.return_request order by 1")
			.query(String.class)
			.list();

		// Requested is only the moment before the policy decides.
		assertThat(statuses).containsExactlyInAnyOrder("PENDING_REVIEW", "APPROVED", "IN_TRANSIT", "RECEIVED",
				"RESOLVED", "REJECTED", "CANCELLED", "EXPIRED");
		assertThat(jdbc.sql("select count(*) from orders.refund where origin = 'AFTERSALE'").query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("select max(version) from returns.policy where status = 'PUBLISHED'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		// Returns on their way or back carry a label (the demo's own: it has no
		// provider),
		// a PDF followed as a parcel coming back.
		List<byte[]> labels = jdbc.sql("""
				select l.file from returns.return_label l join returns.return_request r on r.id = l.return_id
				where r.status in ('APPROVED', 'IN_TRANSIT', 'RECEIVED', 'RESOLVED') and l.status = 'BOUGHT'
				  and l.shipment_id is not null""").query((rs, n) -> rs.getBytes(1)).list();
		assertThat(labels).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(pdf -> assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
				.startsWith("%PDF-1.4")
				.contains("DEMO LABEL - NOT VALID FOR POSTAGE")
				.endsWith("%%EOF\n"));
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
