package org.aftersale;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void firstStartHandsOverCredentialsThatWorkOnTheApi() {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());

		ApiClient.Response created = api.post("/api/v1/orders",
				OrderFixtures.orderJson("ext-1", "#1001", "Ana@Example.com"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode order = created.json();
		assertThat(order.get("number").asString()).isEqualTo("#1001");
		assertThat(order.get("customer").get("email").asString()).isEqualTo("ana@example.com");
		assertThat(order.get("totals").get("total").asString()).isEqualTo("56.70");
		assertThat(order.get("lineItems")).hasSize(2);

		ApiClient.Response replay = api.post("/api/v1/orders",
				OrderFixtures.orderJson("ext-1", "#1001", "Ana@Example.com"));
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().get("id").asString()).isEqualTo(order.get("id").asString());

		ApiClient.Response read = api.get("/api/v1/orders/" + order.get("id").asString());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("shipments")).isEmpty();
	}

}
