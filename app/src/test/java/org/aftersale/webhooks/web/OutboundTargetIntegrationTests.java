package org.aftersale.webhooks.web;

import java.net.InetAddress;
import java.time.Duration;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.platform.PublicAddress;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.testing.ApiClient;
import org.aftersale.webhooks.WebhookFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * With the default settings, URLs that merchants set may not lead into the server's own
 * network: plain private addresses are refused when saved, and names that resolve to one
 * are refused when called, with the reason in the delivery log and no answer from inside
 * to show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboundTargetIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test // #16
	void refusesPrivateWebhookAndSmsAddressesWhenSaved() {
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);

		ApiClient.Response metadata = api.post("/api/v1/webhooks",
				"{\"url\":\"http://169.254.169.254/latest/meta-data\",\"events\":[\"*\"]}");
		ApiClient.Response loopback = api.post("/api/v1/webhooks",
				"{\"url\":\"http://127.0.0.1:" + port + "/actuator/health\",\"events\":[\"*\"]}");
		ApiClient.Response sms = api.put("/api/v1/integrations/sms", """
				{"provider":"twilio","accountSid":"AC00000000000000000000000000000000","authToken":"t",
				 "fromNumber":"+15005550006","baseUrl":"http://10.0.0.7:8080"}""");

		assertThat(metadata.status()).isEqualTo(422);
		assertThat(metadata.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
		assertThat(loopback.status()).isEqualTo(422);
		assertThat(sms.status()).isEqualTo(422);
		assertThat(sms.body()).contains("baseUrl", "public address");
	}

	@Test // #16
	void refusesANameThatLeadsToAPrivateAddressWhenDelivering() throws Exception {
		String name = InetAddress.getLocalHost().getHostName();
		assumeThat(PublicAddress.isPublic(InetAddress.getByName(name))).isFalse();
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);
		String id = WebhookFixtures.subscribe(api, "https://" + name + ":" + port + "/actuator/health", "order.*")
			.get("id")
			.asString();

		api.post("/api/v1/orders", OrderFixtures.anyOrderJson());

		await().atMost(Duration.ofSeconds(20))
			.until(() -> api.get("/api/v1/webhooks/" + id + "/deliveries").body().contains("refused"));
		String log = api.get("/api/v1/webhooks/" + id + "/deliveries").body();
		assertThat(log).contains("refused", "not a public address").doesNotContain("\"status\":\"UP\"");
	}

}
