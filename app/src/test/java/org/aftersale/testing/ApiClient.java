package org.aftersale.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the REST API, so that tests exercise exactly what an
 * integrator's client sends.
 */
public final class ApiClient {

	/** A response with its status, headers and body parsed as JSON when it is JSON. */
	public record Response(int status, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String apiKey;

	public ApiClient(int port, String apiKey) {
		this.baseUrl = "http://localhost:" + port;
		this.apiKey = apiKey;
	}

	public ApiClient withKey(String otherKey) {
		return new ApiClient(Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1)), otherKey);
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), Map.of());
	}

	public Response post(String path, String json) {
		return post(path, json, Map.of());
	}

	public Response post(String path, String json, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), headers);
	}

	public Response put(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)), Map.of());
	}

	public Response patch(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)), Map.of());
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE(), Map.of());
	}

	public Response post(String path, Object body) {
		return post(path, JSON.writeValueAsString(body));
	}

	private Response send(HttpRequest.Builder builder, Map<String, String> headers) {
		if (apiKey != null && !apiKey.isEmpty()) {
			builder.header("Authorization", "Bearer " + apiKey);
		}
		headers.forEach(builder::header);
		try {
			HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
