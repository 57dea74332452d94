package org.aftersale.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator relies on: health and metrics, the API description and its browsable
 * UI (offline), request ids and graceful shutdown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aftersale.metrics-token=" + OperationsIntegrationTests.SCRAPE_TOKEN)
class OperationsIntegrationTests {

	static final String SCRAPE_TOKEN = "scrape-token-for-tests";

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void sizesTheRequestThreadsToTheMachine() {
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

		assertThat(protocol.getMaxThreads())
			.isEqualTo(RequestThreads.forCores(Runtime.getRuntime().availableProcessors()))
			.isNotEqualTo(200);
		assertThat(RequestThreads.forCores(1)).isEqualTo(4);
		assertThat(RequestThreads.forCores(8)).isEqualTo(16);
	}

	@Test
	void reportsHealthAsExactlyUp() throws Exception {
		HttpResponse<String> health = get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void exposesPrometheusMetrics() throws Exception {
		get("/api/v1/orders");
		HttpResponse<String> metrics = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
				.header("Authorization", "Bearer " + SCRAPE_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge").contains("http_server_requests");
	}

	@Test // #16
	void servesMetricsOnlyToAScraperWithTheToken() throws Exception {
		HttpClient noRedirects = HttpClient.newHttpClient();
		for (String authorization : new String[] { null, "Bearer wrong-token", "Basic " + SCRAPE_TOKEN }) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			HttpResponse<String> response = noRedirects.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(response.body()).doesNotContain("jvm_memory");
		}
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test // #17
	void answersAProblemForAnUnknownApiPath() throws Exception {
		HttpResponse<String> unknown = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
				.header("Authorization", "Bearer " + org.aftersale.testing.InitialCredentials.of(environment).apiKey())
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(unknown.body()).contains("/api/v1/no-such-thing");
		assertThat(get("/no-such-page").statusCode()).isEqualTo(404);
	}

	@Test // #17
	void leadsTheBareAddressSomewhereAndServesAFavicon() throws Exception {
		HttpResponse<String> root = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
					HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> icon = get("/favicon.svg");

		assertThat(root.statusCode()).isEqualTo(302);
		assertThat(root.headers().firstValue("Location").orElseThrow()).matches(".*/(t/[a-z0-9-]+|admin/login)$");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.body()).startsWith("<svg");
	}

	@Test
	void keepsOtherActuatorEndpointsClosed() throws Exception {
		HttpClient noRedirects = HttpClient.newHttpClient();
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump")) {
			HttpResponse<String> response = noRedirects.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
			assertThat(response.body()).as(path).doesNotContain("propertySources").doesNotContain("contexts");
		}
	}

	@Test
	void describesTheApiInOpenApi() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs");

		assertThat(docs.statusCode()).isEqualTo(200);
		tools.jackson.databind.JsonNode api = JsonMapper.builder().build().readTree(docs.body());
		assertThat(api.get("paths").has("/api/v1/orders")).isTrue();
		assertThat(api.get("info").get("title").asString()).isEqualTo("Aftersale API");
		assertThat(api.get("components").get("securitySchemes").get("apiKey").get("scheme").asString())
			.isEqualTo("bearer");
		assertThat(api.get("security").get(0).has("apiKey")).as("every operation takes the key").isTrue();
		// Carrier events are documented as what they are, with an example, not as a tree.
		tools.jackson.databind.JsonNode events = api.get("paths")
			.get("/api/v1/tracking-events")
			.get("post")
			.get("requestBody")
			.get("content")
			.get("application/json");
		assertThat(events.get("schema").get("items").get("$ref").asString())
			.isEqualTo("#/components/schemas/TrackingEvent");
		assertThat(events.get("examples").size()).isPositive();
		assertThat(api.get("components").get("schemas").get("TrackingEvent").get("required"))
			.extracting(tools.jackson.databind.JsonNode::asString)
			.contains("trackingNumber", "description", "occurredAt");
		assertThat(docs.body()).doesNotContain("JsonNode");
	}

	@Test // #17
	void showsAnExampleForEveryRequestThatTheApiAccepts() throws Exception {
		tools.jackson.databind.JsonNode api = JsonMapper.builder().build().readTree(get("/v3/api-docs").body());
		java.util.Map<String, tools.jackson.databind.JsonNode> examples = new java.util.TreeMap<>();
		java.util.List<String> without = new java.util.ArrayList<>();
		api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			tools.jackson.databind.JsonNode body = operation.getValue().path("requestBody").path("content");
			body.properties().forEach(media -> {
				tools.jackson.databind.JsonNode named = media.getValue().path("examples");
				String key = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
				if (named.isEmpty() && media.getValue().path("example").isMissingNode()) {
					without.add(key);
				}
				else if (!named.isEmpty()) {
					examples.put(key, named.properties().iterator().next().getValue().get("value"));
				}
			});
		}));
		assertThat(without).as("request bodies without an example").isEmpty();
		assertThat(examples).containsKeys("POST /api/v1/orders", "POST /api/v1/orders/{id}/shipments",
				"POST /api/v1/products", "POST /webhooks/shopify/{storeSlug}");

		// What the documentation shows, the API takes, as it stands.
		org.aftersale.stores.StoreFixtures.OpenedStore store = org.aftersale.stores.StoreFixtures.openStore(environment,
				port);
		ApiClient client = store.api(port);
		for (String operation : List.of("POST /api/v1/orders", "POST /api/v1/orders/batch", "POST /api/v1/products",
				"POST /api/v1/customers", "POST /api/v1/webhooks", "POST /api/v1/tracking-events",
				"POST /api/v1/locations")) {
			ApiClient.Response response = client.post(operation.substring(5), examples.get(operation).toString());
			assertThat(response.status()).as(operation + ": " + response.body()).isBetween(200, 299);
		}
		String order = client.get("/api/v1/orders?number=%231042").json().get("items").get(0).get("id").asString();
		ApiClient.Response shipment = client.post("/api/v1/orders/" + order + "/shipments",
				examples.get("POST /api/v1/orders/{id}/shipments").toString());
		assertThat(shipment.status()).as(shipment.body()).isEqualTo(201);
		String webhook = client.get("/api/v1/webhooks").json().get("items").get(0).get("id").asString();
		ApiClient.Response paused = client.patch("/api/v1/webhooks/" + webhook,
				examples.get("PATCH /api/v1/webhooks/{id}").toString());
		assertThat(paused.status()).as(paused.body()).isEqualTo(200);
		String location = client.get("/api/v1/locations").json().get("items").get(0).get("id").asString();
		ApiClient.Response changed = client.put("/api/v1/locations/" + location,
				examples.get("PUT /api/v1/locations/{id}").toString());
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
	}

	@Test
	void servesTheBrowsableApiDocsFromLocalAssets() throws Exception {
		HttpResponse<String> page = get("/api/docs");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui").doesNotContain("https://").doesNotContain("http://cdn");
		String base = page.uri().getPath().substring(0, page.uri().getPath().lastIndexOf('/') + 1);
		Matcher assets = Pattern.compile("(?:src|href)=\"\\.?/?([^\"]+\\.(?:js|css))\"").matcher(page.body());
		int checked = 0;
		while (assets.find()) {
			String asset = assets.group(1).startsWith("/") ? assets.group(1) : base + assets.group(1);
			assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
			checked++;
		}
		assertThat(checked).isPositive();
		assertThat(get(base + "swagger-initializer.js").body()).contains("/v3/api-docs/swagger-config")
			.doesNotContain("petstore");
		assertThat(get("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs");
	}

	@Test
	void givesEveryResponseARequestIdAndEchoesAWellFormedOne() throws Exception {
		for (String path : List.of("/actuator/health", "/api/v1/orders", "/admin/login", "/no-such-page")) {
			assertThat(get(path).headers().firstValue("X-Request-Id")).as(path).isPresent();
		}
		ApiClient api = new ApiClient(port, InitialCredentials.of(environment).apiKey());
		assertThat(api.post("/api/v1/orders", "{", java.util.Map.of("X-Request-Id", "client-id-12345"))
			.header("X-Request-Id")).isEqualTo("client-id-12345");

		HttpResponse<String> unsafe = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.header("X-Request-Id", "<script>alert(1)</script>")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unsafe.headers().firstValue("X-Request-Id").orElseThrow()).doesNotContain("<")
			.matches("[0-9a-f-]{36}");
	}

	@Test
	void shutsDownGracefully() {
		assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isNotBlank();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
