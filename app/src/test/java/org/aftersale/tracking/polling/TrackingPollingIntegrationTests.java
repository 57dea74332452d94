package org.aftersale.tracking.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.aftersale.tracking.polling.CarrierFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The polling engine in the whole application, against WireMock serving the carriers'
 * real responses: shipments created through the API are polled with their own store's
 * credentials, change status from what the carrier says, survive carrier failures with
 * backoff and stop being polled when delivered or expired.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrackingPollingIntegrationTests {

	static final WireMockServer carriers = new WireMockServer(options().dynamicPort());

	static {
		carriers.start();
	}

	@DynamicPropertySource
	static void pointAtTheStub(DynamicPropertyRegistry registry) {
		for (String carrier : new String[] { "ups", "fedex", "usps", "dhl" }) {
			registry.add("aftersale.tracking.polling." + carrier + ".base-url", carriers::baseUrl);
			registry.add("aftersale.tracking.polling." + carrier + ".requests-per-second", () -> "100");
		}
		registry.add("aftersale.tracking.polling.timeout", () -> "PT2S");
	}

	@AfterAll
	static void stopTheStub() {
		carriers.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	TrackingPoller poller;

	@Autowired
	JdbcClient jdbc;

	OpenedStore store;

	ApiClient api;

	@BeforeEach
	void quietCarriersAndAFreshStore() {
		carriers.resetAll();
		// Only this test's store may be polled: earlier tests' shipments stay put.
		jdbc.sql("update tracking.carrier_credential set enabled = false").update();
		store = StoreFixtures.openStore(environment, port);
		api = store.api(port);
	}

	@Test
	void pollsAShipmentCreatedThroughTheApiUntilItIsDelivered() {
		stubUps();
		configure(api, "ups", "{\"clientId\":\"client-a\",\"clientSecret\":\"secret-a\"}");
		String shipment = ship(api, CarrierFixtures.UPS_NUMBER, "ups");

		poller.pollDue();

		assertThat(status(api, shipment)).isEqualTo("delivered");
		assertThat(schedule(shipment).get("next_poll_at")).isNull();
		makeDue(shipment);
		poller.pollDue();
		carriers.verify(1, getRequestedFor(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER)));
	}

	@Test
	void retriesWithBackoffThroughRateLimitsServerErrorsAndBrokenJson() {
		carriers.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(json(200, CarrierFixtures.token("fx", 3599))));
		String[] states = { Scenario.STARTED, "limited", "failed", "garbled" };
		carriers
			.stubFor(fedexTrack(states[0], states[1], aResponse().withStatus(429).withHeader("Retry-After", "120")));
		carriers.stubFor(fedexTrack(states[1], states[2], aResponse().withStatus(500)));
		carriers.stubFor(fedexTrack(states[2], states[3], json(200, "{\"output\":{\"completeTrackRes")));
		carriers.stubFor(fedexTrack(states[3], "done", json(200, CarrierFixtures.fedex())));
		configure(api, "fedex", "{\"clientId\":\"fx-client\",\"clientSecret\":\"fx-secret\"}");
		String shipment = ship(api, CarrierFixtures.FEDEX_NUMBER, "fedex");

		Instant before = Instant.now();
		poller.pollDue();
		assertThat(schedule(shipment).get("failures")).isEqualTo(1);
		assertThat(((java.sql.Timestamp) schedule(shipment).get("next_poll_at")).toInstant())
			.isAfterOrEqualTo(before.plusSeconds(120));
		assertThat((String) schedule(shipment).get("last_error")).contains("429");
		for (int failures = 2; failures <= 3; failures++) {
			makeDue(shipment);
			poller.pollDue();
			assertThat(schedule(shipment).get("failures")).isEqualTo(failures);
			assertThat(status(api, shipment)).isEqualTo("pending");
		}
		makeDue(shipment);
		poller.pollDue();

		assertThat(status(api, shipment)).isEqualTo("in_transit");
		assertThat(schedule(shipment).get("failures")).isEqualTo(0);
		Instant next = ((java.sql.Timestamp) schedule(shipment).get("next_poll_at")).toInstant();
		assertThat(next).isBetween(Instant.now().plus(Duration.ofMinutes(70)), Instant.now().plus(Duration.ofHours(4)));
		carriers.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
	}

	@Test
	void neverUsesAnotherStoresCredentials() {
		stubUps();
		OpenedStore other = StoreFixtures.openStore(environment, port);
		ApiClient otherApi = other.api(port);
		configure(api, "ups", "{\"clientId\":\"client-a\",\"clientSecret\":\"secret-a\"}");
		ship(api, CarrierFixtures.UPS_NUMBER, "ups");
		String waiting = ship(otherApi, CarrierFixtures.UPS_NUMBER, "ups");

		poller.pollDue();

		assertThat(status(otherApi, waiting)).isEqualTo("pending");
		carriers.verify(1, getRequestedFor(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER))
			.withHeader("Authorization", equalTo("Bearer token-client-a")));
		configure(otherApi, "ups", "{\"clientId\":\"client-b\",\"clientSecret\":\"secret-b\"}");
		poller.pollDue();

		assertThat(status(otherApi, waiting)).isEqualTo("delivered");
		carriers.verify(1, getRequestedFor(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER))
			.withHeader("Authorization", equalTo("Bearer token-client-b")));
		carriers.verify(1, postRequestedFor(urlPathEqualTo("/security/v1/oauth/token")).withHeader("Authorization",
				equalTo(CarrierFixtures.basic("client-b", "secret-b"))));
	}

	@Test
	void pausesACarrierWhoseCredentialsAreRefusedUntilTheyAreSavedAgain() {
		carriers
			.stubFor(post(urlPathEqualTo("/oauth2/v3/token")).willReturn(json(401, "{\"error\":\"invalid_client\"}")));
		configure(api, "usps", "{\"clientId\":\"wrong\",\"clientSecret\":\"wrong-secret\"}");
		String shipment = ship(api, CarrierFixtures.USPS_NUMBER, "usps");

		poller.pollDue();
		poller.pollDue();

		carriers.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/v3/token")));
		assertThat(usps(api).get("paused").asBoolean()).isTrue();
		assertThat(usps(api).get("pausedReason").asString()).contains("401");
		assertThat(status(api, shipment)).isEqualTo("pending");

		carriers.resetAll();
		carriers
			.stubFor(post(urlPathEqualTo("/oauth2/v3/token")).willReturn(json(200, CarrierFixtures.token("u", 28799))));
		carriers.stubFor(get(urlPathEqualTo("/tracking/v3/tracking/" + CarrierFixtures.USPS_NUMBER))
			.willReturn(json(200, CarrierFixtures.usps())));
		configure(api, "usps", "{\"clientId\":\"right\",\"clientSecret\":\"right-secret\"}");
		poller.pollDue();

		assertThat(usps(api).get("paused").asBoolean()).isFalse();
		assertThat(status(api, shipment)).isEqualTo("delivered");
	}

	@Test
	void expiresAShipmentAfterThirtyDaysWithoutNews() {
		carriers
			.stubFor(get(urlPathEqualTo("/track/shipments")).withQueryParam("trackingNumber", equalTo("JVGL0999999990"))
				.willReturn(json(404, "{\"title\":\"No result found\",\"status\":404}")));
		carriers.stubFor(get(urlPathEqualTo("/track/shipments"))
			.withQueryParam("trackingNumber", equalTo(CarrierFixtures.DHL_NUMBER))
			.willReturn(json(200, CarrierFixtures.dhl())));
		configure(api, "dhl", "{\"apiKey\":\"dhl-key-1234\"}");
		String silent = ship(api, "JVGL0999999990", "dhl");
		String moving = ship(api, CarrierFixtures.DHL_NUMBER, "dhl");
		jdbc.sql("update tracking.shipment set created_at = now() - interval '31 days' where id = :id")
			.param("id", UUID.fromString(silent))
			.update();

		poller.pollDue();

		assertThat(status(api, silent)).isEqualTo("expired");
		assertThat(schedule(silent).get("next_poll_at")).isNull();
		assertThat(status(api, moving)).isEqualTo("info_received");
		assertThat(schedule(moving).get("next_poll_at")).isNotNull();
		carriers.verify(1,
				getRequestedFor(urlPathEqualTo("/track/shipments")).withHeader("DHL-API-Key", equalTo("dhl-key-1234"))
					.withQueryParam("trackingNumber", equalTo("JVGL0999999990")));
	}

	private void stubUps() {
		for (String client : new String[] { "client-a", "client-b" }) {
			carriers.stubFor(post(urlPathEqualTo("/security/v1/oauth/token"))
				.withHeader("Authorization", equalTo(CarrierFixtures.basic(client, "secret" + client.substring(6))))
				.willReturn(json(200, CarrierFixtures.upsToken("token-" + client))));
		}
		carriers.stubFor(get(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER))
			.willReturn(json(200, CarrierFixtures.ups())));
	}

	private static com.github.tomakehurst.wiremock.client.MappingBuilder fedexTrack(String state, String nextState,
			com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		return post(urlPathEqualTo("/track/v1/trackingnumbers")).inScenario("flaky fedex")
			.whenScenarioStateIs(state)
			.willReturn(response)
			.willSetStateTo(nextState);
	}

	static void configure(ApiClient api, String carrier, String body) {
		ApiClient.Response response = api.put("/api/v1/integrations/carriers/" + carrier, body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private static String ship(ApiClient api, String number, String carrier) {
		ApiClient.Response order = api.post("/api/v1/orders", OrderFixtures.anyOrderJson());
		assertThat(order.status()).as(order.body()).isEqualTo(201);
		ApiClient.Response shipment = api.post("/api/v1/orders/" + order.json().get("id").asString() + "/shipments",
				"{\"trackingNumber\":\"" + number + "\",\"carrier\":\"" + carrier + "\"}");
		assertThat(shipment.status()).as(shipment.body()).isEqualTo(201);
		return shipment.json().get("id").asString();
	}

	private static String status(ApiClient api, String shipment) {
		return api.get("/api/v1/shipments/" + shipment).json().get("status").asString();
	}

	private static tools.jackson.databind.JsonNode usps(ApiClient api) {
		for (tools.jackson.databind.JsonNode account : api.get("/api/v1/integrations/carriers").json()) {
			if (account.get("carrier").asString().equals("usps")) {
				return account;
			}
		}
		throw new AssertionError("usps is not listed");
	}

	private Map<String, Object> schedule(String shipment) {
		return jdbc.sql("select * from tracking.poll_schedule where shipment_id = :id")
			.param("id", UUID.fromString(shipment))
			.query()
			.singleRow();
	}

	private void makeDue(String shipment) {
		jdbc.sql("update tracking.poll_schedule set next_poll_at = now() - interval '1 second' where shipment_id = :id")
			.param("id", UUID.fromString(shipment))
			.update();
	}

}
