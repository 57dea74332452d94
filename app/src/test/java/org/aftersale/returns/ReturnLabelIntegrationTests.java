package org.aftersale.returns;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.aftersale.kernel.StoreId;
import org.aftersale.returns.label.LabelAccounts;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Return labels end to end against EasyPost as WireMock plays it: bought on approval with
 * a QR code, followed as a parcel coming back (first scan: in transit; delivered: the
 * team is told), never paid twice after a lost answer, voided when the return is
 * cancelled or lapses, and uploaded by the merchant instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnLabelIntegrationTests {

	static final WireMockServer easypost = new WireMockServer(options().dynamicPort());

	static {
		easypost.start();
	}

	@DynamicPropertySource
	static void pointAtTheStub(DynamicPropertyRegistry registry) {
		registry.add("aftersale.returns.labels.easypost-base-url", easypost::baseUrl);
	}

	@AfterAll
	static void stopTheStub() {
		easypost.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	LabelAccounts accounts;

	@Autowired
	LabelDesk labels;

	@Autowired
	ReturnDesk desk;

	@Autowired
	ReturnSchedules schedules;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	StoreId store;

	@BeforeEach
	void connect() {
		api = new ApiClient(port, InitialCredentials.of(environment).apiKey());
		store = new StoreId(UUID.fromString(InitialCredentials.of(environment).storeId()));
		accounts.save(store, "easypost", EasyPostStub.KEY, new BigDecimal("24"), "usps", true);
		if (api.get("/api/v1/locations").json().get("items").isEmpty()) {
			ApiClient.Response location = api.post("/api/v1/locations",
					"""
							{"name":"Returns desk","kind":"warehouse","acceptsReturns":true,
							 "address":{"line1":"417 Montgomery St","city":"San Francisco","region":"CA","postalCode":"94104","country":"US"}}""");
			assertThat(location.status()).as(location.body()).isEqualTo(201);
		}
	}

	@Test
	void anApprovedReturnGetsItsLabelAndTheParcelMovesItAlong() {
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		EasyPostStub stub = new EasyPostStub(easypost).forShopper(email(order));
		UUID id = create(order);

		ReturnLabel label = awaitLabel(id, ReturnLabel.Status.BOUGHT);
		assertThat(label.trackingNumber()).isEqualTo(stub.trackingCode);
		assertThat(label.carrier()).isEqualTo("USPS");
		assertThat(label.cost()).hasToString("8.20");
		assertThat(label.qrCodeUrl()).isEqualTo(stub.qrUrl);
		assertThat(label.labelUrl()).startsWith("https://easypost-files.s3");
		easypost.verify(postRequestedFor(urlPathEqualTo("/v2/shipments"))
			.withRequestBody(matchingJsonPath("$.shipment.is_return", equalTo("true")))
			.withRequestBody(matchingJsonPath("$.shipment.parcel.weight", equalTo("24.0")))
			.withRequestBody(matchingJsonPath("$.shipment.from_address.zip", equalTo("94104")))
			.withRequestBody(matchingJsonPath("$.shipment.to_address.zip", equalTo("10119"))));

		// The parcel coming back is not one of the order's shipments.
		assertThat(api.get("/api/v1/orders/" + order.get("id").asString()).json().get("shipments").size()).isEqualTo(1);

		scan(stub.trackingCode, "in_transit");
		await().atMost(Duration.ofSeconds(20)).until(() -> desk.get(store, id).status() == ReturnStatus.IN_TRANSIT);

		scan(stub.trackingCode, "delivered");
		await().atMost(Duration.ofSeconds(20)).until(() -> desk.get(store, id).arrivedAt() != null);
		assertThat(desk.get(store, id).status()).isEqualTo(ReturnStatus.IN_TRANSIT);
		assertThat(kinds(id)).contains("label", "in_transit", "arrived");
	}

	@Test
	void aLostAnswerToBuyingNeverPaysForASecondLabel() {
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		EasyPostStub stub = new EasyPostStub(easypost).forShopper(email(order));
		stub.boughtButAnswerLost();
		UUID id = create(order);

		ReturnLabel failed = awaitLabel(id, ReturnLabel.Status.FAILED);
		assertThat(failed.problem()).contains("HTTP 502");
		assertThat(failed.reference()).isEqualTo(stub.shipmentId);

		stub.readShowsLabel();
		ReturnLabel bought = labels.buyFor(store, id).orElseThrow();
		assertThat(bought.status()).isEqualTo(ReturnLabel.Status.BOUGHT);
		assertThat(bought.trackingNumber()).isEqualTo(stub.trackingCode);
		easypost.verify(1, postRequestedFor(urlPathEqualTo("/v2/shipments/" + stub.shipmentId + "/buy")));
		easypost.verify(1, postRequestedFor(urlPathEqualTo("/v2/shipments"))
			.withRequestBody(matchingJsonPath("$.shipment.to_address.email", equalTo(email(order)))));
		easypost.verify(getRequestedFor(urlPathEqualTo("/v2/shipments/" + stub.shipmentId)));

		// Asked again, nothing more is bought.
		labels.buyFor(store, id);
		easypost.verify(1, postRequestedFor(urlPathEqualTo("/v2/shipments/" + stub.shipmentId + "/buy")));
	}

	@Test
	void aCancelledReturnsLabelIsVoided() {
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		EasyPostStub stub = new EasyPostStub(easypost).forShopper(email(order));
		UUID id = create(order);
		awaitLabel(id, ReturnLabel.Status.BOUGHT);

		desk.cancel(store, id, "shopper");

		awaitLabel(id, ReturnLabel.Status.VOIDED);
		easypost.verify(1, postRequestedFor(urlPathEqualTo("/v2/shipments/" + stub.shipmentId + "/refund")));
	}

	@Test
	void aReturnNeverSentLapsesAndItsLabelIsVoided() {
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		EasyPostStub stub = new EasyPostStub(easypost).forShopper(email(order));
		UUID id = create(order);
		awaitLabel(id, ReturnLabel.Status.BOUGHT);

		schedules.expire();
		assertThat(desk.get(store, id).status()).isEqualTo(ReturnStatus.APPROVED);

		// Approved 15 days ago: the standard policy gives 14 days to send it.
		jdbc.sql("update returns.return_request set updated_at = now() - interval '15 days' where id = :id")
			.param("id", id)
			.update();
		assertThat(schedules.expire()).isGreaterThanOrEqualTo(1);

		assertThat(desk.get(store, id).status()).isEqualTo(ReturnStatus.EXPIRED);
		awaitLabel(id, ReturnLabel.Status.VOIDED);
		easypost.verify(1, postRequestedFor(urlPathEqualTo("/v2/shipments/" + stub.shipmentId + "/refund")));
	}

	@Test
	void theMerchantsOwnLabelIsFollowedLikeABoughtOne() {
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		// No rate for this shopper: the label cannot be bought.
		UUID id = create(order);
		ReturnLabel failed = awaitLabel(id, ReturnLabel.Status.FAILED);
		assertThat(failed.problem()).contains("EasyPost");

		assertThat(org.assertj.core.api.Assertions
			.catchThrowable(() -> labels.upload(store, id, "<html>".getBytes(), "1Z999AA10123456784", null, "ops")))
			.hasMessageContaining("PDF");
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		ReturnLabel uploaded = labels.upload(store, id, pdf, "1Z999AA10123456784", null, "ops@example.com");
		assertThat(uploaded.usable()).isTrue();
		assertThat(uploaded.carrier()).isEqualTo("ups");
		assertThat(labels.file(store, id).orElseThrow().mediaType()).isEqualTo("application/pdf");

		scan("1Z999AA10123456784", "in_transit");
		await().atMost(Duration.ofSeconds(20)).until(() -> desk.get(store, id).status() == ReturnStatus.IN_TRANSIT);
	}

	private UUID create(JsonNode order) {
		String shirt = ReturnFixtures.lineId(order, "TSHIRT-M");
		ApiClient.Response created = api.post("/api/v1/returns",
				ReturnFixtures.returnJson(order.get("id").asString(), shirt, 1, "too_small", "refund"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("approved");
		return UUID.fromString(created.json().get("id").asString());
	}

	private ReturnLabel awaitLabel(UUID id, ReturnLabel.Status status) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> labels.of(store, id).map(l -> l.status() == status).orElse(false));
		return labels.of(store, id).orElseThrow();
	}

	private void scan(String number, String status) {
		ApiClient.Response response = api.post("/api/v1/tracking-events",
				"[{\"trackingNumber\":\"" + number + "\",\"status\":\"" + status + "\",\"description\":\"" + status
						+ "\",\"occurredAt\":\""
						+ java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}]");
		assertThat(response.status()).as(response.body()).isLessThan(300);
	}

	private java.util.List<String> kinds(UUID id) {
		return jdbc.sql("select kind from returns.return_activity where return_id = :id order by at, id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private static String email(JsonNode order) {
		return order.get("customer").get("email").asString();
	}

}
