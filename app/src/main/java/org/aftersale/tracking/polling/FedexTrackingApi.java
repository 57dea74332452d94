package org.aftersale.tracking.polling;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.TrackingSources;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * FedEx Track API v1 (fedex_track_api_openapi.json): a form-encoded client-credentials
 * token, then {@code POST /track/v1/trackingnumbers} with up to 30 numbers, the limit
 * FedEx's developer guide states for "Track by Tracking Number".
 */
@Component
class FedexTrackingApi implements CarrierTrackingApi {

	static final String PRODUCTION = "https://apis.fedex.com";

	private final CarrierHttp http;

	private final OAuthTokens tokens;

	private final TrackingSources sources;

	private final String baseUrl;

	FedexTrackingApi(CarrierHttp http, OAuthTokens tokens, TrackingSources sources, PollingSettings settings) {
		this.http = http;
		this.tokens = tokens;
		this.sources = sources;
		this.baseUrl = settings.fedex().baseUrlOr(PRODUCTION);
	}

	@Override
	public String carrier() {
		return "fedex";
	}

	@Override
	public int batchSize() {
		return 30;
	}

	@Override
	public List<CarrierEvent> fetch(CarrierCredentials credentials, List<String> trackingNumbers) {
		return tokens.withToken(credentials, () -> token(credentials), token -> track(token, trackingNumbers));
	}

	private JsonNode token(CarrierCredentials credentials) {
		return http.send(
				HttpRequest.newBuilder(URI.create(baseUrl + "/oauth/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "application/json")
					.POST(CarrierHttp.form("grant_type", "client_credentials", "client_id",
							credentials.requireClientId(), "client_secret", credentials.requireClientSecret())),
				"FedEx token");
	}

	private List<CarrierEvent> track(String token, List<String> numbers) {
		return sources.fromFedex(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/track/v1/trackingnumbers"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("X-locale", "en_US")
			.POST(HttpRequest.BodyPublishers.ofString(body(numbers))), "FedEx tracking"));
	}

	/**
	 * The shape of fedex__tracking_request.json. Ship dates and carrier code are left
	 * out: FedEx then searches all its operating companies, and a number reused after
	 * some years answers with its newest shipment.
	 */
	private String body(List<String> numbers) {
		ObjectNode body = http.json().createObjectNode().put("includeDetailedScans", true);
		ArrayNode info = body.putArray("trackingInfo");
		numbers.forEach(n -> info.addObject().putObject("trackingNumberInfo").put("trackingNumber", n));
		return body.toString();
	}

}
