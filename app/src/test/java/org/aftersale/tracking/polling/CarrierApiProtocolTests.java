package org.aftersale.tracking.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.TrackingSources;
import org.aftersale.tracking.polling.CarrierCallException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.aftersale.tracking.polling.CarrierFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each carrier adapter against WireMock serving the carriers' real responses: the OAuth
 * and tracking requests as the carriers document them, token reuse and refresh, and how
 * failures are classified.
 */
class CarrierApiProtocolTests {

	static final WireMockServer carriers = new WireMockServer(options().dynamicPort());

	static {
		carriers.start();
	}

	final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

	final StoreId store = new StoreId(UUID.randomUUID());

	final CarrierCredentials oauth = new CarrierCredentials(store, "ups", "client-1", "secret-1", null, "A1B2C3");

	CarrierHttp http;

	OAuthTokens tokens;

	PollingSettings settings;

	@BeforeEach
	void freshAdapters() {
		carriers.resetAll();
		PollingSettings.Api api = new PollingSettings.Api(carriers.baseUrl(), 100, 100);
		settings = new PollingSettings(true, Duration.ofSeconds(30), 50, Duration.ofMinutes(5), Duration.ofSeconds(2),
				api, api, api, api);
		http = new CarrierHttp(settings, JsonMapper.builder().build(), clock);
		tokens = new OAuthTokens(clock);
	}

	@AfterAll
	static void stop() {
		carriers.stop();
	}

	@Test
	void upsAuthenticatesWithBasicAuthAndTracksOneNumberWithTransactionHeaders() {
		carriers.stubFor(post(urlPathEqualTo("/security/v1/oauth/token"))
			.willReturn(json(200, CarrierFixtures.upsToken("ups-1"))));
		carriers.stubFor(get(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER))
			.willReturn(json(200, CarrierFixtures.ups())));

		List<CarrierEvent> events = ups().fetch(oauth, List.of(CarrierFixtures.UPS_NUMBER));

		assertThat(ups().batchSize()).isEqualTo(1);
		assertThat(events).isNotEmpty()
			.allSatisfy(e -> assertThat(e.trackingNumber()).isEqualTo(CarrierFixtures.UPS_NUMBER));
		assertThat(events).extracting(CarrierEvent::status).contains(ShipmentStatus.DELIVERED);
		carriers.verify(1,
				postRequestedFor(urlPathEqualTo("/security/v1/oauth/token"))
					.withHeader("Authorization", equalTo(CarrierFixtures.basic("client-1", "secret-1")))
					.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
					.withHeader("x-merchant-id", equalTo("A1B2C3"))
					.withRequestBody(equalTo("grant_type=client_credentials")));
		carriers.verify(1,
				getRequestedFor(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER))
					.withHeader("Authorization", equalTo("Bearer ups-1"))
					.withHeader("transId", matching("[0-9a-f]{32}"))
					.withHeader("transactionSrc", equalTo("aftersale")));
	}

	@Test
	void reusesTheTokenUntilShortlyBeforeItExpires() {
		carriers.stubFor(post(urlPathEqualTo("/security/v1/oauth/token"))
			.willReturn(json(200, CarrierFixtures.upsToken("ups-1"))));
		carriers.stubFor(get(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER))
			.willReturn(json(200, CarrierFixtures.ups())));

		ups().fetch(oauth, List.of(CarrierFixtures.UPS_NUMBER));
		clock.advance(Duration.ofHours(3));
		ups().fetch(oauth, List.of(CarrierFixtures.UPS_NUMBER));
		carriers.verify(1, postRequestedFor(urlPathEqualTo("/security/v1/oauth/token")));

		clock.advance(Duration.ofMinutes(59));
		ups().fetch(oauth, List.of(CarrierFixtures.UPS_NUMBER));
		carriers.verify(2, postRequestedFor(urlPathEqualTo("/security/v1/oauth/token")));
	}

	@Test
	void fedexPostsUpToThirtyNumbersInTheDocumentedRequestShape() {
		carriers
			.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(json(200, CarrierFixtures.token("fx-1", 3599))));
		carriers
			.stubFor(post(urlPathEqualTo("/track/v1/trackingnumbers")).willReturn(json(200, CarrierFixtures.fedex())));
		FedexTrackingApi fedex = new FedexTrackingApi(http, tokens, new TrackingSources(), settings);

		List<CarrierEvent> events = fedex.fetch(credentials("fedex"),
				List.of(CarrierFixtures.FEDEX_NUMBER, "123456789012"));

		assertThat(fedex.batchSize()).isEqualTo(30);
		assertThat(events).extracting(CarrierEvent::trackingNumber).containsOnly(CarrierFixtures.FEDEX_NUMBER);
		carriers.verify(1,
				postRequestedFor(urlPathEqualTo("/oauth/token"))
					.withRequestBody(equalTo("grant_type=client_credentials&client_id=client-1&client_secret=secret-1"))
					.withHeader("Authorization", absent()));
		carriers.verify(1, postRequestedFor(urlPathEqualTo("/track/v1/trackingnumbers"))
			.withHeader("Authorization", equalTo("Bearer fx-1"))
			.withRequestBody(matchingJsonPath("$.includeDetailedScans", equalTo("true")))
			.withRequestBody(matchingJsonPath("$.trackingInfo[0].trackingNumberInfo.trackingNumber",
					equalTo(CarrierFixtures.FEDEX_NUMBER)))
			.withRequestBody(
					matchingJsonPath("$.trackingInfo[1].trackingNumberInfo.trackingNumber", equalTo("123456789012"))));
	}

	@Test
	void uspsAsksForDetailedEventsWithATrackingScopedToken() {
		carriers.stubFor(
				post(urlPathEqualTo("/oauth2/v3/token")).willReturn(json(200, CarrierFixtures.token("usps-1", 28799))));
		carriers.stubFor(get(urlPathEqualTo("/tracking/v3/tracking/" + CarrierFixtures.USPS_NUMBER))
			.willReturn(json(200, CarrierFixtures.usps())));
		UspsTrackingApi usps = new UspsTrackingApi(http, tokens, new TrackingSources(), settings);

		List<CarrierEvent> events = usps.fetch(credentials("usps"), List.of(CarrierFixtures.USPS_NUMBER));

		assertThat(events).extracting(CarrierEvent::status).contains(ShipmentStatus.DELIVERED);
		carriers.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/v3/token")).withRequestBody(
				equalTo("grant_type=client_credentials&client_id=client-1&client_secret=secret-1&scope=tracking")));
		carriers.verify(1,
				getRequestedFor(urlPathEqualTo("/tracking/v3/tracking/" + CarrierFixtures.USPS_NUMBER))
					.withQueryParam("expand", equalTo("DETAIL"))
					.withHeader("Authorization", equalTo("Bearer usps-1")));
	}

	@Test
	void dhlSendsTheApiKeyHeaderAndNoOAuth() {
		carriers.stubFor(get(urlPathEqualTo("/track/shipments")).willReturn(json(200, CarrierFixtures.dhl())));
		DhlTrackingApi dhl = new DhlTrackingApi(http, new TrackingSources(), settings);

		List<CarrierEvent> events = dhl.fetch(new CarrierCredentials(store, "dhl", null, null, "dhl-key-9876", null),
				List.of(CarrierFixtures.DHL_NUMBER));

		assertThat(events).singleElement()
			.satisfies(e -> assertThat(e.trackingNumber()).isEqualTo(CarrierFixtures.DHL_NUMBER));
		carriers.verify(1,
				getRequestedFor(urlPathEqualTo("/track/shipments"))
					.withQueryParam("trackingNumber", equalTo(CarrierFixtures.DHL_NUMBER))
					.withHeader("DHL-API-Key", equalTo("dhl-key-9876")));
		assertThat(carriers.findAll(postRequestedFor(urlPathEqualTo("/oauth/token")))).isEmpty();
	}

	@Test
	void refreshesARejectedTokenOnceAndReportsCredentialsRefusedTwice() {
		carriers.stubFor(post(urlPathEqualTo("/security/v1/oauth/token"))
			.willReturn(json(200, CarrierFixtures.upsToken("ups-1"))));
		carriers
			.stubFor(get(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER)).inScenario("revoked")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(
						json(401, "{\"response\":{\"errors\":[{\"code\":\"250002\",\"message\":\"Invalid token\"}]}}"))
				.willSetStateTo("refreshed"));
		carriers
			.stubFor(get(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER)).inScenario("revoked")
				.whenScenarioStateIs("refreshed")
				.willReturn(json(200, CarrierFixtures.ups())));

		assertThat(ups().fetch(oauth, List.of(CarrierFixtures.UPS_NUMBER))).isNotEmpty();
		carriers.verify(2, postRequestedFor(urlPathEqualTo("/security/v1/oauth/token")));

		carriers.resetAll();
		carriers.stubFor(post(urlPathEqualTo("/security/v1/oauth/token"))
			.willReturn(json(200, CarrierFixtures.upsToken("ups-2"))));
		carriers.stubFor(
				get(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER)).willReturn(json(401, "{}")));
		CarrierCallException refused = catchThrowableOfType(CarrierCallException.class,
				() -> ups().fetch(oauth, List.of(CarrierFixtures.UPS_NUMBER)));
		assertThat(refused.kind()).isEqualTo(Kind.AUTH_REJECTED);
		carriers.verify(1, postRequestedFor(urlPathEqualTo("/security/v1/oauth/token")));
		carriers.verify(2, getRequestedFor(urlPathEqualTo("/api/track/v1/details/" + CarrierFixtures.UPS_NUMBER)));
	}

	@Test
	void classifiesRateLimitsServerErrorsTimeoutsAndBrokenJsonAsRetryable() {
		DhlTrackingApi dhl = new DhlTrackingApi(http, new TrackingSources(), settings);
		CarrierCredentials key = new CarrierCredentials(store, "dhl", null, null, "k", null);

		carriers.stubFor(get(urlPathEqualTo("/track/shipments"))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
		CarrierCallException limited = failure(() -> dhl.fetch(key, List.of(CarrierFixtures.DHL_NUMBER)));
		assertThat(limited.kind()).isEqualTo(Kind.RETRYABLE);
		assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));

		carriers.stubFor(get(urlPathEqualTo("/track/shipments")).willReturn(aResponse().withStatus(503)));
		assertThat(failure(() -> dhl.fetch(key, List.of(CarrierFixtures.DHL_NUMBER))).kind()).isEqualTo(Kind.RETRYABLE);

		carriers.stubFor(
				get(urlPathEqualTo("/track/shipments")).willReturn(json(200, CarrierFixtures.dhl().substring(0, 200))));
		assertThat(failure(() -> dhl.fetch(key, List.of(CarrierFixtures.DHL_NUMBER))).kind()).isEqualTo(Kind.RETRYABLE);

		carriers.stubFor(get(urlPathEqualTo("/track/shipments"))
			.willReturn(json(200, CarrierFixtures.dhl()).withFixedDelay(3000)));
		assertThat(failure(() -> dhl.fetch(key, List.of(CarrierFixtures.DHL_NUMBER))).kind()).isEqualTo(Kind.RETRYABLE);

		carriers.stubFor(get(urlPathEqualTo("/track/shipments")).willReturn(json(400, "{\"title\":\"Bad request\"}")));
		assertThat(failure(() -> dhl.fetch(key, List.of(CarrierFixtures.DHL_NUMBER))).kind()).isEqualTo(Kind.PERMANENT);

		carriers
			.stubFor(get(urlPathEqualTo("/track/shipments")).willReturn(json(404, "{\"title\":\"No result found\"}")));
		assertThat(dhl.fetch(key, List.of(CarrierFixtures.DHL_NUMBER))).isEmpty();
	}

	@Test
	void readsRetryAfterAsSecondsOrHttpDate() {
		assertThat(http.retryAfter("1.5")).isEqualTo(Duration.ofMillis(1500));
		assertThat(http.retryAfter("Sun, 01 Mar 2026 10:02:00 GMT")).isEqualTo(Duration.ofMinutes(2));
		assertThat(http.retryAfter("soon")).isNull();
	}

	private UpsTrackingApi ups() {
		return new UpsTrackingApi(http, tokens, new TrackingSources(), settings);
	}

	private CarrierCredentials credentials(String carrier) {
		return new CarrierCredentials(store, carrier, "client-1", "secret-1", null, null);
	}

	private static CarrierCallException failure(Runnable call) {
		CarrierCallException failure = catchThrowableOfType(CarrierCallException.class, call::run);
		assertThat(failure).isNotNull();
		return failure;
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
