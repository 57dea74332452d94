package org.aftersale.customers;

import java.util.UUID;

import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.aftersale.testing.SecondStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	ApiClient api;

	@BeforeEach
	void connect() {
		api = new ApiClient(port, InitialCredentials.of(environment).apiKey());
	}

	static String customerJson(String email, String firstName, String updatedAt) {
		return """
				{"email":"%s","firstName":"%s","lastName":"Souza","phone":"+49 30 1234567","acceptsMarketing":true,
				 "tags":["vip","newsletter"],"updatedAt":"%s"}
				""".formatted(email, firstName, updatedAt);
	}

	@Test
	void createsACustomerOncePerEmailAddress() {
		String email = unique() + "@Example.com";
		ApiClient.Response created = api.post("/api/v1/customers", customerJson(email, "Ana", "2026-10-01T10:00:00Z"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode customer = created.json();
		assertThat(customer.get("email").asString()).isEqualTo(email.toLowerCase());
		assertThat(customer.get("source").asString()).isEqualTo("api");
		assertThat(customer.get("acceptsMarketing").asBoolean()).isTrue();
		assertThat(customer.get("tags")).extracting(JsonNode::asString).containsExactly("vip", "newsletter");
		assertThat(customer.get("ordersCount").asLong()).isZero();
		assertThat(customer.get("totalSpent").asString()).isEqualTo("0.00");

		ApiClient.Response replay = api.post("/api/v1/customers",
				customerJson(email.toUpperCase(), "Ana", "2026-10-01T10:00:00Z"));
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().get("id").asString()).isEqualTo(customer.get("id").asString());
		assertThat(replay.json().get("updatedAt").asString()).isEqualTo(customer.get("updatedAt").asString());

		ApiClient.Response newer = api.post("/api/v1/customers", customerJson(email, "Anna", "2026-10-03T10:00:00Z"));
		assertThat(newer.json().get("firstName").asString()).isEqualTo("Anna");

		ApiClient.Response stale = api.post("/api/v1/customers", customerJson(email, "Old", "2026-10-02T10:00:00Z"));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.json().get("firstName").asString()).isEqualTo("Anna");
	}

	@Test
	void findsACustomerByTheShopsIdWhenTheEmailChanged() {
		String ext = unique();
		String id = api
			.post("/api/v1/customers",
					"{\"source\":\"shopify\",\"externalId\":\"" + ext + "\",\"email\":\"" + ext + "@example.com\"}")
			.json()
			.get("id")
			.asString();

		ApiClient.Response moved = api.post("/api/v1/customers",
				"{\"source\":\"shopify\",\"externalId\":\"" + ext + "\",\"email\":\"new-" + ext + "@example.com\"}");

		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("id").asString()).isEqualTo(id);
		assertThat(moved.json().get("email").asString()).isEqualTo("new-" + ext + "@example.com");
		api.post("/api/v1/customers", "{\"email\":\"taken-" + ext + "@example.com\"}");
		ApiClient.Response clash = api.post("/api/v1/customers",
				"{\"source\":\"shopify\",\"externalId\":\"" + ext + "\",\"email\":\"taken-" + ext + "@example.com\"}");
		assertThat(clash.status()).isEqualTo(422);
		assertThat(clash.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
	}

	@Test
	void answersInvalidCustomersWithEveryFieldProblem() {
		ApiClient.Response invalid = api.post("/api/v1/customers",
				"{\"email\":\"nobody\",\"phone\":\"call me\",\"tags\":[\"\"]}");

		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
		assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asString())
			.containsExactlyInAnyOrder("email", "phone", "tags[0]");
		assertThat(api.post("/api/v1/customers", "{\"email\":").status()).isEqualTo(400);
	}

	@Test
	void hidesCustomersFromOtherStores() {
		String email = unique() + "@example.com";
		String id = api.post("/api/v1/customers", customerJson(email, "Ana", "2026-10-01T10:00:00Z"))
			.json()
			.get("id")
			.asString();
		ApiClient other = SecondStore.open(api);

		assertThat(other.get("/api/v1/customers/" + id).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/customers?email=" + email).json().get("items")).isEmpty();
		ApiClient.Response own = other.post("/api/v1/customers", customerJson(email, "Eve", "2026-10-01T10:00:00Z"));
		assertThat(own.status()).isEqualTo(201);
		assertThat(api.get("/api/v1/customers/" + id).json().get("firstName").asString()).isEqualTo("Ana");
	}

	@Test
	void pagesThroughCustomersAndFindsThemByEmailOrName() {
		String tag = unique();
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/customers",
					"{\"email\":\"c%d-%s@example.com\",\"firstName\":\"Zed%s\",\"lastName\":\"N%d\"}".formatted(i, tag,
							tag, i));
		}
		JsonNode page1 = api.get("/api/v1/customers?q=zed" + tag + "&limit=2").json();
		assertThat(page1.get("items")).extracting(c -> c.get("lastName").asString()).containsExactly("N2", "N1");
		JsonNode page2 = api
			.get("/api/v1/customers?q=zed" + tag + "&limit=2&cursor=" + page1.get("nextCursor").asString())
			.json();
		assertThat(page2.get("items")).extracting(c -> c.get("lastName").asString()).containsExactly("N0");
		assertThat(page2.get("nextCursor").isNull()).isTrue();

		assertThat(api.get("/api/v1/customers?email=C1-" + tag + "@example.com").json().get("items")).hasSize(1);
		assertThat(api.get("/api/v1/customers?q=c0-" + tag).json().get("items")).hasSize(1);
	}

	private static String unique() {
		return "c" + UUID.randomUUID().toString().substring(0, 8);
	}

}
