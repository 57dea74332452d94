package org.aftersale.tracking.polling;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.aftersale.testing.ThirdPartyFixtures;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * The carriers' real tracking responses in the repository's third-party fixtures, the
 * numbers they are about, and token answers in each carrier's documented shape.
 */
final class CarrierFixtures {

	static final String UPS_NUMBER = "1Z1442YY7229014688";

	static final String FEDEX_NUMBER = "128667043726";

	static final String USPS_NUMBER = "9400109104250532908587";

	static final String DHL_NUMBER = "7777777770";

	private CarrierFixtures() {
	}

	static String body(String file) {
		return new String(ThirdPartyFixtures.bytes("karrio_carrier_fixtures/tracking/" + file), StandardCharsets.UTF_8);
	}

	static String ups() {
		return body("ups__tracking_response.json");
	}

	static String fedex() {
		return body("fedex__tracking_response.json");
	}

	static String usps() {
		return body("usps__tracking_responses.json");
	}

	static String dhl() {
		return body("dhl_universal__tracking.json");
	}

	/** UPS writes expires_in as a string; FedEx and USPS as a number. */
	static String upsToken(String token) {
		return "{\"token_type\":\"Bearer\",\"client_id\":\"x\",\"access_token\":\"" + token
				+ "\",\"expires_in\":\"14399\",\"status\":\"approved\"}";
	}

	static String token(String token, int seconds) {
		return "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":" + seconds
				+ ",\"scope\":\"CXS\"}";
	}

	static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
