package org.aftersale.notifications.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.aftersale.testing.ApiClient;
import org.jspecify.annotations.Nullable;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store's Twilio account as WireMock plays it, orders of shoppers with a mobile number,
 * and the provider's signed webhook calls.
 */
final class SmsFixtures {

	/** A shopper's mobile in Germany, as a shop captures it, and in E.164. */
	static final String MOBILE = "0151 23456789";

	static final String MOBILE_E164 = "+4915123456789";

	static final String FROM = "+15005550006";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/**
	 * Twilio's Messages API as WireMock plays it, one for every test class in the context
	 * they share; each test has an account (and so a path) of its own.
	 */
	static final WireMockServer TWILIO = new WireMockServer(
			com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());

	static {
		TWILIO.start();
	}

	private SmsFixtures() {
	}

	/** A provider account of its own for one test, so requests never mix. */
	record Account(String sid, String token) {

		static Account fresh() {
			return new Account("AC" + UUID.randomUUID().toString().replace("-", ""),
					UUID.randomUUID().toString().replace("-", ""));
		}

		String messagesPath() {
			return "/2010-04-01/Accounts/" + sid + "/Messages.json";
		}

		String json(String baseUrl) {
			return """
					{"provider":"twilio","accountSid":"%s","authToken":"%s","fromNumber":"%s","baseUrl":"%s"}"""
				.formatted(sid, token, FROM, baseUrl);
		}

		/** Sets the account up for the store and makes WireMock accept its texts. */
		void configure(ApiClient api, WireMockServer twilio) {
			twilio.stubFor(post(urlPathEqualTo(messagesPath())).atPriority(10)
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"status\":\"queued\"}")
					.withTransformers("response-template")));
			ApiClient.Response response = api.put("/api/v1/integrations/sms", json(twilio.baseUrl()));
			assertThat(response.status()).as(response.body()).isEqualTo(200);
		}

	}

	static String mobileOrderJson(String phone) {
		String id = UUID.randomUUID().toString();
		return """
				{"externalId":"%s","source":"api","number":"#S%s","placedAt":"%s","currency":"EUR",
				 "customer":{"email":"ana+%s@example.com","firstName":"Ana","lastName":"Souza","phone":"%s"},
				 "shippingAddress":{"name":"Ana Souza","line1":"Torstraße 1","city":"Berlin","postalCode":"10119","country":"DE"},
				 "lineItems":[{"sku":"MUG-1","title":"Mug","quantity":1,"unitPrice":"12.00"}],
				 "totals":{"subtotal":"12.00","shipping":"4.90","tax":"2.28","discount":"0.00","total":"16.90"}}
				"""
			.formatted(id, Math.abs(id.hashCode() % 100000), java.time.Instant.now().minusSeconds(3600),
					id.substring(0, 6), phone);
	}

	/** An order and one shipment; returns the order id and the tracking number. */
	static String[] orderWithShipment(ApiClient api, String phone) {
		ApiClient.Response order = api.post("/api/v1/orders", mobileOrderJson(phone));
		assertThat(order.status()).as(order.body()).isEqualTo(201);
		String orderId = order.json().get("id").asString();
		String tracking = "SMS" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
		ApiClient.Response shipment = api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"" + tracking + "\"}");
		assertThat(shipment.status()).as(shipment.body()).isEqualTo(201);
		return new String[] { orderId, tracking };
	}

	/** Posts one carrier scan; {@code minutesAgo} keeps scans of one test in order. */
	static void scan(ApiClient api, String tracking, String status, int minutesAgo) {
		ApiClient.Response response = api.post("/api/v1/tracking-events", """
				[{"trackingNumber":"%s","status":"%s","description":"%s","occurredAt":"%s"}]""".formatted(tracking,
				status, status, Instant.now().minus(Duration.ofMinutes(minutesAgo))));
		assertThat(response.status()).as(response.body()).isEqualTo(202);
	}

	/**
	 * Posts a form the way the provider does, signed with {@code token} for {@code url}.
	 */
	static HttpResponse<String> signedWebhook(String url, Map<String, String> form, String token) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		form.forEach((name, value) -> params.put(name, List.of(value)));
		return webhook(url, form, TwilioSignature.sign(token, url, params));
	}

	/** A GET that does not follow redirects. */
	static HttpResponse<String> get(String url) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a form with the given signature header, or none when null. */
	static HttpResponse<String> webhook(String url, Map<String, String> form, @Nullable String signature) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("X-Twilio-Signature", signature);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits up to ten seconds for something the dispatcher does off the test's thread.
	 */
	static void eventually(BooleanSupplier condition, String what) {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("timed out waiting for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
