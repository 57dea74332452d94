package org.aftersale.notifications.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders, staff and an SMTP server for the delivery log's tests. Each test class gets an
 * SMTP port of its own, so parallel runs on the same machine never share a mailbox.
 */
final class MessageLogFixtures {

	private MessageLogFixtures() {
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static GreenMail smtp(int port) {
		GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	/** Posts an order and answers its id. */
	static String order(ApiClient api) {
		ApiClient.Response created = api.post("/api/v1/orders", OrderFixtures.recentOrderJson());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** Waits until the order's only message has the given status and answers it. */
	static JsonNode awaitMessage(ApiClient api, String orderId, String status) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			ApiClient.Response list = api.get("/api/v1/notifications?orderId=" + orderId);
			assertThat(list.status()).as(list.body()).isEqualTo(200);
			assertThat(list.json().get("items")).as(list.body()).hasSize(1);
			assertThat(list.json().get("items").get(0).get("status").asString()).as(list.body()).isEqualTo(status);
			found[0] = list.json().get("items").get(0);
		});
		return found[0];
	}

}
