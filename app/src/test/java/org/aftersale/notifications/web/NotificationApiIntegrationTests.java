package org.aftersale.notifications.web;

import com.icegreen.greenmail.util.GreenMail;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's messages on the API: the confirmation goes out through a real SMTP server
 * and is listed, masked, with its delivery log; another store's order or message is 404,
 * a missing or malformed order id 400, and a message that did not fail cannot be retried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationApiIntegrationTests {

	static final GreenMail SMTP = MessageLogFixtures.smtp(MessageLogFixtures.freePort());

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void listsTheOrderConfirmationAsSentWithAMaskedRecipientAndItsLog() {
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);
		String orderId = MessageLogFixtures.order(api);

		JsonNode message = MessageLogFixtures.awaitMessage(api, orderId, "sent");

		assertThat(message.get("trigger").asString()).isEqualTo("order_confirmed");
		assertThat(message.get("channel").asString()).isEqualTo("email");
		assertThat(message.get("recipient").asString()).matches("a\\*\\*\\*@example\\.com");
		assertThat(message.get("sentAt").isNull()).isFalse();
		assertThat(message.get("dueAt").isNull()).isFalse();
		assertThat(message.get("attempts").asInt()).isEqualTo(1);
		assertThat(message.get("providerId").asString()).endsWith("@aftersale>");
		assertThat(message.get("orderId").asString()).isEqualTo(orderId);
		assertThat(message.has("shipmentId")).isTrue();

		ApiClient.Response one = api.get("/api/v1/notifications/" + message.get("id").asString());
		assertThat(one.status()).as(one.body()).isEqualTo(200);
		assertThat(one.body()).doesNotContain("ana+");
		assertThat(one.json().get("log").findValuesAsString("outcome")).contains("scheduled", "sent");
	}

	@Test
	void answers404ForAnotherStoresOrderAndMessage() {
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);
		ApiClient other = StoreFixtures.openStore(environment, port).api(port);
		String orderId = MessageLogFixtures.order(api);
		JsonNode message = MessageLogFixtures.awaitMessage(api, orderId, "sent");

		ApiClient.Response list = other.get("/api/v1/notifications?orderId=" + orderId);
		ApiClient.Response one = other.get("/api/v1/notifications/" + message.get("id").asString());
		ApiClient.Response retry = other.post("/api/v1/notifications/" + message.get("id").asString() + "/retry", "");

		assertThat(list.status()).as(list.body()).isEqualTo(404);
		assertThat(list.header("Content-Type")).startsWith("application/problem+json");
		assertThat(one.status()).isEqualTo(404);
		assertThat(retry.status()).isEqualTo(404);
	}

	@Test
	void answers400ProblemsForAMissingOrMalformedOrderId() {
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);

		ApiClient.Response missing = api.get("/api/v1/notifications");
		ApiClient.Response malformed = api.get("/api/v1/notifications?orderId=not-a-uuid");

		assertThat(missing.status()).as(missing.body()).isEqualTo(400);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(missing.body()).contains("orderId");
		assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
		assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
		assertThat(malformed.body()).contains("orderId");
	}

	@Test
	void refusesToRetryAMessageThatWasSentWith409() {
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);
		String orderId = MessageLogFixtures.order(api);
		JsonNode message = MessageLogFixtures.awaitMessage(api, orderId, "sent");

		ApiClient.Response retry = api.post("/api/v1/notifications/" + message.get("id").asString() + "/retry", "");

		assertThat(retry.status()).as(retry.body()).isEqualTo(409);
		assertThat(retry.header("Content-Type")).startsWith("application/problem+json");
		assertThat(retry.body()).contains("sent");
	}

	@Test
	void describesTheEndpointsInTheOpenApiSpec() {
		ApiClient.Response spec = new ApiClient(port, "").get("/v3/api-docs");

		assertThat(spec.status()).isEqualTo(200);
		assertThat(spec.body()).contains("/api/v1/notifications/{id}/retry")
			.contains("One message with its delivery log");
	}

}
