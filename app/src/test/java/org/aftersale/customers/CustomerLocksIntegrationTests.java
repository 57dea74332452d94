package org.aftersale.customers;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hand-mapped read of the order-history listener must see a customer exactly as the
 * repository does, or the listener's update would write back something else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerLocksIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Customers customers;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void readsEveryFieldAsTheRepositoryDoesForOneAddressOrMany() {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		StoreId storeId = StoreId.of(credentials.storeId());
		String registered = "ana+" + UUID.randomUUID() + "@example.com";
		String metThroughAnOrder = "bo+" + UUID.randomUUID() + "@example.com";
		assertThat(api
			.post("/api/v1/customers",
					CustomerApiIntegrationTests.customerJson(registered, "Ana", "2026-10-01T10:00:00Z"))
			.status()).isEqualTo(201);
		String external = UUID.randomUUID().toString();
		assertThat(api.post("/api/v1/orders", OrderFixtures.orderJson(external, "#" + external, metThroughAnOrder))
			.status()).isEqualTo(201);
		await().until(() -> customers.findIdByEmail(storeId.value(), metThroughAnOrder).isPresent());

		List<Customer> one = transactions.execute(status -> customers.lockByEmail(storeId, List.of(registered)));
		List<Customer> many = transactions.execute(status -> customers.lockByEmail(storeId,
				List.of(metThroughAnOrder, registered, "nobody+" + UUID.randomUUID() + "@example.com")));
		List<Customer> elsewhere = transactions
			.execute(status -> customers.lockByEmail(StoreId.of(UUID.randomUUID().toString()), List.of(registered)));

		assertThat(one).singleElement().usingRecursiveComparison().isEqualTo(stored(storeId, registered));
		assertThat(many).hasSize(2)
			.usingRecursiveFieldByFieldElementComparator()
			.containsExactlyInAnyOrder(stored(storeId, registered), stored(storeId, metThroughAnOrder));
		// PostgreSQL orders uuids byte by byte, as their lower-case text sorts
		assertThat(many).extracting(customer -> customer.id().value().toString()).as("in id order").isSorted();
		assertThat(elsewhere).as("another store's customers").isEmpty();
		Customer read = one.get(0);
		assertThat(read.tags()).containsExactly("vip", "newsletter");
		assertThat(read.version()).isNotNull();
	}

	private Customer stored(StoreId storeId, String email) {
		return customers.findById(customers.findIdByEmail(storeId.value(), email).orElseThrow()).orElseThrow();
	}

}
