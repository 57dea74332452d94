package org.aftersale.tracking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.aftersale.testing.ThirdPartyFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EasyPostWebhookIntegrationTests {

	static final String SECRET = "sécret-for-tests";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test // #3
	void appliesASignedTrackerUpdateOnceAndRefusesBadSignatures() throws Exception {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());
		assertThat(api.put("/api/v1/integrations/easypost", "{\"webhookSecret\":\"" + SECRET + "\"}").status())
			.isEqualTo(200);
		String orderId = api.post("/api/v1/orders", OrderFixtures.orderJson("ep-1", "#EP1", "ep@example.com"))
			.json()
			.get("id")
			.asString();
		api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"EZ4000000004\",\"carrier\":\"fedex\"}");
		// EasyPost's recorded event, for a parcel of this order (the fixture's own
		// tracking code is "1").
		byte[] body = new String(ThirdPartyFixtures.bytes("easypost/fixtures/event-body.json"), StandardCharsets.UTF_8)
			.strip()
			.replace("\"tracking_code\":\"1\"", "\"tracking_code\":\"EZ4000000004\"")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> first = deliver(credentials.storeSlug(), body, EasyPostSignature.sign(SECRET, body));
		HttpResponse<String> replay = deliver(credentials.storeSlug(), body, EasyPostSignature.sign(SECRET, body));
		HttpResponse<String> tampered = deliver(credentials.storeSlug(), (new String(body) + " ").getBytes(),
				EasyPostSignature.sign(SECRET, body));
		HttpResponse<String> unsigned = deliver(credentials.storeSlug(), body, null);
		HttpResponse<String> unknownStore = deliver("no-such-store", body, EasyPostSignature.sign(SECRET, body));

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.body()).contains("\"accepted\":7");
		assertThat(replay.body()).contains("\"accepted\":0").contains("\"duplicates\":7");
		assertThat(tampered.statusCode()).isEqualTo(401);
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(unknownStore.statusCode()).isEqualTo(401);
		JsonNode shipment = api.get("/api/v1/orders/" + orderId + "/shipments").json().get(0);
		assertThat(shipment.get("status").asString()).isEqualTo("in_transit");
	}

	private HttpResponse<String> deliver(String slug, byte[] body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/webhooks/easypost/" + slug))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header(EasyPostSignature.HEADER, signature);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
