package org.aftersale.stores.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in merchant's browser must not be usable by another site to submit admin
 * forms: without the CSRF token a form post is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminCsrfIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void refusesAnAdminFormPostWithoutTheCsrfToken() throws Exception {
		InitialCredentials credentials = InitialCredentials.of(environment);
		HttpResponse<String> signedIn = post("/admin/login", "username=" + encode(credentials.adminEmail())
				+ "&password=" + encode(credentials.adminPassword()) + "&_csrf=" + token("/admin/login"));
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		String keyForm = "name=forged&scope=owner";

		HttpResponse<String> forged = post("/admin/settings/api-keys", keyForm);
		assertThat(forged.statusCode()).isEqualTo(403);

		HttpResponse<String> genuine = post("/admin/settings/api-keys",
				keyForm + "&_csrf=" + token("/admin/settings/api-keys"));
		assertThat(genuine.statusCode()).isEqualTo(302);
		assertThat(get("/admin/settings/api-keys").body()).contains("forged");
	}

	@Test // #16
	void answersNotFoundForASwitchToAStoreThatIsNotTheirs() throws Exception {
		InitialCredentials credentials = InitialCredentials.of(environment);
		post("/admin/login", "username=" + encode(credentials.adminEmail()) + "&password="
				+ encode(credentials.adminPassword()) + "&_csrf=" + token("/admin/login"));

		HttpResponse<String> switched = post("/admin/stores/switch",
				"storeId=" + java.util.UUID.randomUUID() + "&_csrf=" + token("/admin/orders"));

		assertThat(switched.statusCode()).isEqualTo(404);
		assertThat(get("/admin/orders").statusCode()).as("still signed in, in their own store").isEqualTo(200);
	}

	private String token(String page) throws Exception {
		Matcher matcher = TOKEN.matcher(get(page).body());
		assertThat(matcher.find()).isTrue();
		return encode(matcher.group(1));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
