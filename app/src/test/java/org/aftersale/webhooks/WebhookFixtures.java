package org.aftersale.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.aftersale.testing.ApiClient;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook subscriptions made through the API, the verbs the shared API client lacks, and
 * a receiver's signature check written from the documented scheme.
 */
public final class WebhookFixtures {

	/**
	 * Quick sends and retries for tests; every webhook test class uses exactly these, so
	 * they share one application context.
	 */
	public static final String FAST_RETRIES_1 = "aftersale.webhooks.interval=PT0.2S";

	public static final String FAST_RETRIES_2 = "aftersale.webhooks.initial-backoff=PT0.3S";

	public static final String FAST_RETRIES_3 = "aftersale.webhooks.backoff-multiplier=1";

	public static final String FAST_RETRIES_4 = "aftersale.webhooks.max-attempts=3";

	public static final String FAST_RETRIES_5 = "aftersale.webhooks.jitter=0";

	public static final String FAST_RETRIES_6 = "aftersale.webhooks.timeout=PT3S";

	/** The receivers in these tests listen on this machine. */
	public static final String LOCAL_RECEIVERS = "aftersale.outbound.allow-private=true";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WebhookFixtures() {
	}

	/**
	 * Subscribes the URL and answers the creation's JSON (with {@code id} and
	 * {@code secret}).
	 */
	public static JsonNode subscribe(ApiClient api, String url, String... events) {
		String body = "{\"url\":\"" + url + "\",\"events\":["
				+ Arrays.stream(events).map(e -> "\"" + e + "\"").collect(Collectors.joining(",")) + "]}";
		ApiClient.Response response = api.post("/api/v1/webhooks", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	public static ApiClient.Response patch(int port, String key, String path, String json) {
		return send(port, key,
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Content-Type", "application/json")
					.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	public static ApiClient.Response delete(int port, String key, String path) {
		return send(port, key, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE());
	}

	/**
	 * What a receiver does: recompute HMAC-SHA256 over "{t}.{raw body}" with the secret
	 * and compare it with v1.
	 */
	public static boolean signatureVerifies(String secret, @Nullable String header, byte[] rawBody) {
		if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
			return false;
		}
		String timestamp = header.substring(2, header.indexOf(','));
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			byte[] expected = mac.doFinal(rawBody);
			return java.security.MessageDigest.isEqual(expected,
					java.util.HexFormat.of().parseHex(header.substring(header.indexOf("v1=") + 3)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static JsonNode json(byte[] body) {
		return JSON.readTree(new String(body, StandardCharsets.UTF_8));
	}

	private static ApiClient.Response send(int port, String key, HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(builder.header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
			return new ApiClient.Response(response.statusCode(), response.body(), response);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
