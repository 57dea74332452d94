package org.aftersale.returns;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.aftersale.testing.ThirdPartyFixtures;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * EasyPost's Shipments API as WireMock plays it for one shopper's return: the answers are
 * EasyPost's own reference examples ({@code third-party/easypost/responses}), given a
 * shipment id and tracking code of their own so that returns never mix.
 */
public final class EasyPostStub {

	public static final String KEY = "EZTK_test_key";

	private static final String CREATED_ID = "shp_18efc5c59c4b4bc598eb47070948cec8";

	private static final String BOUGHT_ID = "shp_40b6f049f00348b18de3804a26f7fd62";

	private static final String BOUGHT_TRACKING = "9434600208303109842228";

	private static final String REFUNDED_ID = "shp_597ccf75eb5f441282d22199e802474b";

	/**
	 * The cheapest rate of the reference's return shipment: USPS GroundAdvantage, 8.20.
	 */
	static final String CHEAPEST_RATE = "rate_e77cbaf75acc4ac2acf81cd450fa15d6";

	public final String shipmentId = "shp_" + UUID.randomUUID().toString().replace("-", "");

	public final String trackingCode = "94346"
			+ String.format("%017d", ThreadLocalRandom.current().nextLong(1L, 99_999_999_999_999_999L));

	public final String qrUrl = "https://easypost-files.s3.amazonaws.com/files/form/" + shipmentId
			+ "/label_qr_code.png";

	private final WireMockServer server;

	public EasyPostStub(WireMockServer server) {
		this.server = server;
	}

	/**
	 * A shipment created for the shopper with this e-mail, its label bought with a QR
	 * code.
	 */
	public EasyPostStub forShopper(String email) {
		server.stubFor(post(urlPathEqualTo("/v2/shipments")).withBasicAuth(KEY, "")
			.withRequestBody(matchingJsonPath("$.shipment.to_address.email", equalTo(email)))
			.willReturn(json(200, created())));
		server.stubFor(get(urlPathEqualTo("/v2/shipments/" + shipmentId)).willReturn(json(200, created())));
		server.stubFor(post(urlPathEqualTo("/v2/shipments/" + shipmentId + "/buy"))
			.withRequestBody(matchingJsonPath("$.rate.id", equalTo(CHEAPEST_RATE)))
			.willReturn(json(200, bought(false))));
		server.stubFor(post(urlPathEqualTo("/v2/shipments/" + shipmentId + "/forms"))
			.withRequestBody(matchingJsonPath("$.form.type", equalTo("label_qr_code")))
			.willReturn(json(200, bought(true))));
		server.stubFor(post(urlPathEqualTo("/v2/shipments/" + shipmentId + "/refund"))
			.willReturn(json(200, text("shipping-refund-refund.json").replace(REFUNDED_ID, shipmentId))));
		return this;
	}

	/** EasyPost paid for the label but its answer to "buy" was lost. */
	void boughtButAnswerLost() {
		server.stubFor(post(urlPathEqualTo("/v2/shipments/" + shipmentId + "/buy"))
			.willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
	}

	/** Reading the shipment now shows the label it bought. */
	void readShowsLabel() {
		server.stubFor(get(urlPathEqualTo("/v2/shipments/" + shipmentId)).willReturn(json(200, bought(true))));
	}

	private String created() {
		return text("returns-create.json").replace(CREATED_ID, shipmentId);
	}

	// The buy answer, with the QR code form (Form object of EasyPost's reference) once
	// it was asked for.
	private String bought(boolean withQr) {
		String body = text("shipments-buy.json").replace(BOUGHT_ID, shipmentId).replace(BOUGHT_TRACKING, trackingCode);
		if (withQr) {
			body = body.replace("\"forms\": []", """
					"forms": [{"object": "Form", "id": "form_%s", "mode": "test", "form_type": "label_qr_code",
					  "form_url": "%s", "submitted_electronically": null,
					  "created_at": "2025-05-09T20:40:09Z", "updated_at": "2025-05-09T20:40:09Z"}]"""
				.formatted(shipmentId.substring(4), qrUrl));
		}
		return body;
	}

	private static String text(String name) {
		return new String(ThirdPartyFixtures.bytes("easypost/responses/" + name), StandardCharsets.UTF_8);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
