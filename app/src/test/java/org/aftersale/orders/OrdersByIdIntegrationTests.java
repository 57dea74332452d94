package org.aftersale.orders;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written read of orders (one or many) gives what the repository gives,
 * collections and embedded values included, and nothing of another store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersByIdIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	OrderQueries queries;

	@Autowired
	OrderIntake intake;

	@Autowired
	Orders repository;

	@Test
	void readsOrdersWithEverythingInThemAsTheRepositoryDoes() {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		StoreId store = new StoreId(java.util.UUID.fromString(credentials.storeId()));
		OrderId full = OrderId
			.of(api
				.post("/api/v1/orders",
						OrderFixtures.orderJson("byid-1", "#B1", "b1@example.com")
							.replace("\"customer\":{",
									"\"customer\":{\"emailMarketingConsent\":true,\"smsMarketingConsent\":false,")
							.replace("\"tags\":[", "\"productType\":\"Shirts\",\"tags\":["))
				.json()
				.get("id")
				.asString());
		OrderId bare = OrderId.of(api
			.post("/api/v1/orders",
					OrderFixtures.orderJson("byid-2", "#B2", "b2@example.com")
						.replaceFirst("\"shippingAddress\":\\{[^}]*\\},", ""))
			.json()
			.get("id")
			.asString());
		Instant at = Instant.parse("2026-10-03T09:00:00Z");
		intake.recordFulfilment(store, "api", "byid-1",
				new FulfilmentSubmission("ful-1", "success", "UPS", List.of("1Z999AA10123456784"),
						List.of("https://ups.example/1Z999AA10123456784"), "in_transit",
						List.of(new FulfilmentSubmission.ShippedLine(null, "TSHIRT-M", 1)), at));
		UUID shirt = queries.find(store, full).orElseThrow().lineItems().get(0).lineId();
		intake.recordRefund(store, "api", "byid-1", new RefundSubmission("ref-1", "10.00", "damaged", at,
				List.of(new RefundSubmission.Line(null, shirt, 1, null, null, true)), RefundSubmission.Origin.SHOP));

		Map<OrderId, Order> read = queries.findAll(store,
				List.of(full, bare, OrderId.of(java.util.UUID.randomUUID().toString())));

		assertThat(read).containsOnlyKeys(full, bare);
		assertThat(read.get(full).fulfilments()).hasSize(1);
		assertThat(read.get(full).fulfilmentLines()).hasSize(1);
		assertThat(read.get(full).refunds()).hasSize(1);
		assertThat(read.get(full).refundLines()).singleElement().satisfies(line -> {
			assertThat(line.lineId()).isEqualTo(shirt);
			assertThat(line.quantity()).isEqualTo(1);
			assertThat(line.restock()).isTrue();
		});
		assertThat(read.get(bare).shippingAddress()).isNull();
		assertThat(read.get(full).customer().emailMarketingConsent()).isTrue();
		assertThat(read.get(full).customer().smsMarketingConsent()).isFalse();
		assertThat(read.get(full).lineItems().get(0).productType()).isEqualTo("Shirts");
		for (OrderId id : List.of(full, bare)) {
			Order fromRepository = repository.findById(id.value()).orElseThrow();
			assertThat(read.get(id)).usingRecursiveComparison().isEqualTo(fromRepository);
			assertThat(queries.find(store, id).orElseThrow()).usingRecursiveComparison().isEqualTo(fromRepository);
		}
		assertThat(queries.findAll(new StoreId(java.util.UUID.randomUUID()), List.of(full))).isEmpty();
		assertThat(queries.find(new StoreId(java.util.UUID.randomUUID()), full)).isEmpty();
	}

}
