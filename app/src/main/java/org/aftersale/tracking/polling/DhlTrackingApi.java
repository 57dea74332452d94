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

/**
 * DHL Shipment Tracking - Unified: no OAuth, the app's key in the {@code DHL-API-Key}
 * header, one number per request. A 401 here is a wrong or revoked key, so there is no
 * token to refresh.
 */
@Component
class DhlTrackingApi implements CarrierTrackingApi {

	static final String PRODUCTION = "https://api-eu.dhl.com";

	private final CarrierHttp http;

	private final TrackingSources sources;

	private final String baseUrl;

	DhlTrackingApi(CarrierHttp http, TrackingSources sources, PollingSettings settings) {
		this.http = http;
		this.sources = sources;
		this.baseUrl = settings.dhl().baseUrlOr(PRODUCTION);
	}

	@Override
	public String carrier() {
		return "dhl";
	}

	@Override
	public int batchSize() {
		return 1;
	}

	@Override
	public List<CarrierEvent> fetch(CarrierCredentials credentials, List<String> trackingNumbers) {
		URI uri = URI.create(baseUrl + "/track/shipments?trackingNumber="
				+ URLEncoder.encode(trackingNumbers.get(0), StandardCharsets.UTF_8));
		try {
			return sources.fromDhl(http.send(HttpRequest.newBuilder(uri)
				.header("DHL-API-Key", credentials.requireApiKey())
				.header("Accept", "application/json")
				.GET(), "DHL tracking"));
		}
		catch (CarrierCallException ex) {
			// DHL answers 404 "No shipment with given tracking number found" before the
			// first scan.
			if (ex.kind() == Kind.NOT_FOUND) {
				return List.of();
			}
			throw ex;
		}
	}

}
