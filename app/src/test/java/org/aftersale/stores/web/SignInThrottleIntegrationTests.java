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
 * Sign-in guessing is slowed per account and address without locking the real person out,
 * and every try shows in the owner's sign-in log. Requests come through a trusted proxy
 * that names each client's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aftersale.tracking.page.lookups-per-address=1000",
				"aftersale.tracking.page.lookups-per-order=5", "aftersale.trusted-proxies=127.0.0.1,::1" })
class SignInThrottleIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test // #16
	void slowsAGuesserWithoutLockingTheOwnerOut() throws Exception {
		InitialCredentials credentials = InitialCredentials.of(environment);
		Browser guesser = new Browser("203.0.113.50");
		int checked = 0;
		int turnedAway = 0;
		for (int i = 0; i < 25; i++) {
			String location = guesser.signIn(credentials.adminEmail(), "guess-" + i);
			if (location.endsWith("/admin/login?error")) {
				checked++;
			}
			else if (location.contains("/admin/login?wait=")) {
				turnedAway++;
			}
		}

		String guesserRight = guesser.signIn(credentials.adminEmail(), credentials.adminPassword());
		Browser owner = new Browser("198.51.100.30");
		String ownerRight = owner.signIn(credentials.adminEmail(), credentials.adminPassword());

		assertThat(checked).as("passwords actually checked").isLessThanOrEqualTo(5);
		assertThat(checked + turnedAway).isEqualTo(25);
		assertThat(guesserRight).as("even the right password waits its turn").contains("/admin/login?wait=");
		assertThat(ownerRight).endsWith("/admin");
		assertThat(guesser.get(guesserRight.substring(guesserRight.indexOf("/admin"))).body())
			.contains("Too many wrong passwords from here");

		String log = owner.get("/admin/settings/sign-ins").body();
		assertThat(log).contains("203.0.113.50", "198.51.100.30", "Wrong password", "Too soon, turned away",
				"Signed in");
	}

	/** A browser whose requests reach the server through a proxy naming its address. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final String address;

		Browser(String address) {
			this.address = address;
		}

		String signIn(String email, String password) throws Exception {
			Matcher matcher = TOKEN.matcher(get("/admin/login").body());
			assertThat(matcher.find()).isTrue();
			HttpResponse<String> response = http
				.send(request("/admin/login").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password="
							+ encode(password) + "&_csrf=" + encode(matcher.group(1))))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(302);
			return response.headers().firstValue("Location").orElseThrow();
		}

		HttpResponse<String> get(String path) throws Exception {
			return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("X-Forwarded-For", address);
		}

	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
