package org.aftersale.notifications.web;

import java.time.Duration;

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
 * A message given up because the SMTP server was down is sent once a person retries it
 * through the API after the server is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aftersale.notifications.max-attempts=1")
class NotificationApiRetryIntegrationTests {

	// Nothing listens here until the test starts a server: the SMTP server is "down".
	static final int SMTP_PORT = MessageLogFixtures.freePort();

	static GreenMail smtp;

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stopSmtp() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void sendsAFailedMessageAfterARetryOnceTheServerIsBack() throws Exception {
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);
		String orderId = MessageLogFixtures.order(api);
		JsonNode failed = MessageLogFixtures.awaitMessage(api, orderId, "failed");
		String id = failed.get("id").asString();
		assertThat(failed.get("lastError").asString()).isNotBlank();

		smtp = MessageLogFixtures.smtp(SMTP_PORT);
		ApiClient.Response retry = api.post("/api/v1/notifications/" + id + "/retry", "");

		assertThat(retry.status()).as(retry.body()).isEqualTo(202);
		assertThat(retry.json().get("status").asString()).isIn("scheduled", "sending", "sent");
		MessageLogFixtures.awaitMessage(api, orderId, "sent");
		assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		JsonNode log = api.get("/api/v1/notifications/" + id).json().get("log");
		assertThat(log.findValuesAsString("outcome")).containsSubsequence("failed", "retry requested", "sent");
	}

}
