package org.aftersale.tracking.web;

import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarrierApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	ApiClient api;

	@BeforeEach
	void connect() {
		api = new ApiClient(port, InitialCredentials.of(environment).apiKey());
	}

	@Test
	void detectsTheCarrierWithItsTrackingUrl() {
		ApiClient.Response response = api.get("/api/v1/carriers/detect?trackingNumber=1z%205r89-3903-5756-7127");
		assertThat(response.status()).isEqualTo(200);
		JsonNode first = response.json().get("candidates").get(0);
		assertThat(first.get("carrier").asString()).isEqualTo("ups");
		assertThat(first.get("name").asString()).isEqualTo("UPS");
		assertThat(first.get("checksumValid").asBoolean()).isTrue();
		assertThat(first.get("trackingUrl").asString())
			.isEqualTo("https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z5R89390357567127");
	}

	@Test
	void listsEveryCandidateOfASharedFormatMostLikelyFirst() {
		JsonNode candidates = api.get("/api/v1/carriers/detect?trackingNumber=RB123456785GB").json().get("candidates");
		assertThat(candidates.get(0).get("carrier").asString()).isEqualTo("royal_mail");
		assertThat(candidates.get(0).get("checksumValid").asBoolean()).isTrue();
	}

	@Test
	void answersAnEmptyListForGarbage() {
		ApiClient.Response response = api.get("/api/v1/carriers/detect?trackingNumber=hello%20world");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("candidates").isEmpty()).isTrue();
	}

	@Test
	void answers422ForABlankMissingOrOverlongNumber() {
		for (String query : new String[] { "?trackingNumber=%20%20", "", "?trackingNumber=" + "1".repeat(65) }) {
			ApiClient.Response response = api.get("/api/v1/carriers/detect" + query);
			assertThat(response.status()).as(query).isEqualTo(422);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("trackingNumber");
		}
	}

	@Test
	void answers401WithoutAnApiKey() {
		ApiClient.Response response = api.withKey("").get("/api/v1/carriers/detect?trackingNumber=1Z5R89390357567127");
		assertThat(response.status()).isEqualTo(401);
	}

}
