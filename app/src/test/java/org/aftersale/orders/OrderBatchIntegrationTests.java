package org.aftersale.orders;

import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderBatchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesValidOrdersOnceAndReportsInvalidOnesByIndex() {
		ApiClient api = new ApiClient(port, InitialCredentials.of(environment).apiKey());
		api.post("/api/v1/orders", OrderFixtures.orderJson("known-1", "#1", "known@example.com"));

		String invalid = OrderFixtures.orderJson("bad-1", "#3", "not-an-email");
		String body = "{\"orders\":[" + OrderFixtures.orderJson("new-1", "#2", "a@example.com") + ","
				+ OrderFixtures.orderJson("known-1", "#1", "known@example.com") + "," + invalid + ","
				+ OrderFixtures.orderJson("new-1", "#2", "a@example.com").replace("\"quantity\":2", "\"quantity\":3")
				+ "," + OrderFixtures.orderJson("new-2", "#4", "b@example.com") + "]}";
		ApiClient.Response response = api.post("/api/v1/orders/batch", body);

		assertThat(response.status()).isEqualTo(200);
		JsonNode result = response.json();
		assertThat(result.get("created").asInt()).isEqualTo(2);
		assertThat(result.get("updated").asInt()).isEqualTo(1);
		assertThat(result.get("unchanged").asInt()).isEqualTo(1);
		assertThat(result.get("invalid").asInt()).isEqualTo(1);
		JsonNode rows = result.get("results");
		assertThat(rows.get(0).get("status").asString()).isEqualTo("created");
		assertThat(rows.get(1).get("status").asString()).isEqualTo("unchanged");
		assertThat(rows.get(2).get("status").asString()).isEqualTo("invalid");
		assertThat(rows.get(2).get("errors").get(0).get("field").asString()).isEqualTo("customer.email");
		assertThat(rows.get(3).get("status").asString()).isEqualTo("updated");
		assertThat(rows.get(3).get("id").asString()).isEqualTo(rows.get(0).get("id").asString());

		assertThat(jdbc
			.sql("select count(*) from orders.shop_order where external_id in ('known-1', 'new-1', 'new-2', 'bad-1')")
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(jdbc
			.sql("select quantity from orders.line_item li join orders.shop_order o on o.id = li.order_id "
					+ "where o.external_id = 'new-1' and li.sku = 'TSHIRT-M'")
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(jdbc
			.sql("select count(*) from orders.order_activity a join orders.shop_order o on o.id = a.order_id "
					+ "where a.kind = 'placed' and o.external_id in ('known-1', 'new-1', 'new-2')")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

}
