package org.aftersale.tracking.polling;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.TrackingSources;
import org.aftersale.tracking.polling.CarrierCallException.Kind;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * UPS Track API v1 (ups_api_specs/Tracking.openapi.json): OAuth client credentials with
 * HTTP Basic auth, then one GET per inquiry number, since the details endpoint has no
 * batch form.
 */
@Component
class UpsTrackingApi implements CarrierTrackingApi {

	static final String PRODUCTION = "https://onlinetools.ups.com";

	private final CarrierHttp http;

	private final OAuthTokens tokens;

	private final TrackingSources sources;

	private final String baseUrl;

	UpsTrackingApi(CarrierHttp http, OAuthTokens tokens, TrackingSources sources, PollingSettings settings) {
		this.http = http;
		this.tokens = tokens;
		this.sources = sources;
		this.baseUrl = settings.ups().baseUrlOr(PRODUCTION);
	}

	@Override
	public String carrier() {
		return "ups";
	}

	@Override
	public int batchSize() {
		return 1;
	}

	@Override
	public List<CarrierEvent> fetch(CarrierCredentials credentials, List<String> trackingNumbers) {
		String number = trackingNumbers.get(0);
		return tokens.withToken(credentials, () -> token(credentials), token -> track(token, number));
	}

	private JsonNode token(CarrierCredentials credentials) {
		String basic = Base64.getEncoder()
			.encodeToString((credentials.requireClientId() + ":" + credentials.requireClientSecret())
				.getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/security/v1/oauth/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
		if (credentials.accountNumber() != null && !credentials.accountNumber().isBlank()) {
			request.header("x-merchant-id", credentials.accountNumber());
		}
		return http.send(request, "UPS token");
	}

	private List<CarrierEvent> track(String token, String number) {
		String path = "/api/track/v1/details/" + URLEncoder.encode(number, StandardCharsets.UTF_8)
				+ "?locale=en_US&returnSignature=false&returnMilestones=false&returnPOD=false";
		// transId must be unique per request and at most 32 characters (Tracking.yaml).
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", "Bearer " + token)
			.header("transId", UUID.randomUUID().toString().replace("-", ""))
			.header("transactionSrc", "aftersale")
			.header("Accept", "application/json")
			.GET();
		try {
			return sources.fromUps(http.send(request, "UPS tracking"));
		}
		catch (CarrierCallException ex) {
			// UPS answers 404 "Tracking Information Not Found" until the first scan.
			if (ex.kind() == Kind.NOT_FOUND) {
				return List.of();
			}
			throw ex;
		}
	}

}
