package org.aftersale.tracking.polling;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.TrackingSources;
import org.aftersale.tracking.polling.CarrierCallException.Kind;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * USPS Tracking v3 (usps_tracking_v3_openapi.json): an OAuth 2 v3 client-credentials
 * token with the {@code tracking} scope, then one GET per number with
 * {@code expand=DETAIL}, without which USPS returns the summary but no scan events.
 */
@Component
class UspsTrackingApi implements CarrierTrackingApi {

	static final String PRODUCTION = "https://apis.usps.com";

	private final CarrierHttp http;

	private final OAuthTokens tokens;

	private final TrackingSources sources;

	private final String baseUrl;

	UspsTrackingApi(CarrierHttp http, OAuthTokens tokens, TrackingSources sources, PollingSettings settings) {
		this.http = http;
		this.tokens = tokens;
		this.sources = sources;
		this.baseUrl = settings.usps().baseUrlOr(PRODUCTION);
	}

	@Override
	public String carrier() {
		return "usps";
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
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/v3/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(CarrierHttp.form("grant_type", "client_credentials", "client_id", credentials.requireClientId(),
					"client_secret", credentials.requireClientSecret(), "scope", "tracking")),
				"USPS token");
	}

	private List<CarrierEvent> track(String token, String number) {
		URI uri = URI.create(baseUrl + "/tracking/v3/tracking/" + URLEncoder.encode(number, StandardCharsets.UTF_8)
				+ "?expand=DETAIL");
		try {
			return sources.fromUsps(http.send(HttpRequest.newBuilder(uri)
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/json")
				.GET(), "USPS tracking"));
		}
		catch (CarrierCallException ex) {
			// A label printed but not yet scanned is a 404 for USPS, not an error of
			// ours.
			if (ex.kind() == Kind.NOT_FOUND) {
				return List.of();
			}
			throw ex;
		}
	}

}
