package org.aftersale.notifications.sms;

import org.aftersale.stores.ApiKeyScope;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/integrations/sms}: an owner key sets, reads and removes the store's SMS
 * provider; the token goes in and never comes out; bad input is a problem with one error
 * per field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=", "aftersale.notifications.first-retry=1s",
				"aftersale.notifications.poll=100ms", "aftersale.notifications.max-attempts=2",
				"aftersale.notifications.sms-per-second=50", "aftersale.outbound.allow-private=true" })
class SmsProviderApiIntegrationTests {

	static final String SID = "AC0123456789abcdef0123456789ABCDEF";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext context;

	OpenedStore store;

	ApiClient api;

	@BeforeEach
	void aStore() {
		store = StoreFixtures.openStore(environment, port);
		api = store.api(port);
	}

	@Test
	void setsReadsAndRemovesTheProviderWithoutEverReturningTheToken() {
		ApiClient.Response put = api.put("/api/v1/integrations/sms", """
				{"provider":"twilio","accountSid":"%s","authToken":"secret-token-4711","fromNumber":"+15005550006"}"""
			.formatted(SID));

		assertThat(put.status()).as(put.body()).isEqualTo(200);
		assertThat(put.body()).doesNotContain("secret-token-4711");
		assertThat(put.json().get("authTokenSet").asBoolean()).isTrue();
		assertThat(put.json().get("baseUrl").asString()).isEqualTo("https://api.twilio.com");
		assertThat(put.json().get("inboundWebhookUrl").asString()).endsWith("/webhooks/sms/" + store.slug());

		ApiClient.Response get = api.get("/api/v1/integrations/sms");
		assertThat(get.status()).isEqualTo(200);
		assertThat(get.json().get("accountSid").asString()).isEqualTo(SID);
		assertThat(get.json().get("fromNumber").asString()).isEqualTo("+15005550006");
		assertThat(get.body()).doesNotContain("secret-token-4711");

		ApiClient.Response alphanumeric = api.put("/api/v1/integrations/sms",
				"""
						{"provider":"twilio","accountSid":"%s","authToken":"t","fromNumber":"MyShop","baseUrl":"http://sms.example:8080/"}"""
					.formatted(SID));
		assertThat(alphanumeric.status()).as(alphanumeric.body()).isEqualTo(200);
		assertThat(alphanumeric.json().get("baseUrl").asString()).isEqualTo("http://sms.example:8080");

		assertThat(delete().status()).isEqualTo(204);
		assertThat(api.get("/api/v1/integrations/sms").status()).isEqualTo(404);
		assertThat(delete().status()).isEqualTo(404);
	}

	@Test
	void refusesBadInputWithOneErrorPerField() {
		ApiClient.Response response = api.put("/api/v1/integrations/sms",
				"""
						{"provider":"nexmo","accountSid":"AC123","authToken":" ","fromNumber":"0151 2345","baseUrl":"ftp://x"}""");

		// 422 like every other validation problem of the API (ApiProblems); 400 is for
		// malformed JSON.
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactlyInAnyOrder("provider", "accountSid", "authToken", "fromNumber", "baseUrl");
		assertThat(api
			.put("/api/v1/integrations/sms",
					"""
							{"provider":"twilio","accountSid":"%s","authToken":"t","fromNumber":"TooLongSenderId"}"""
						.formatted(SID))
			.json()
			.get("errors")
			.get(0)
			.get("field")
			.asString()).isEqualTo("fromNumber");
		assertThat(api.put("/api/v1/integrations/sms", "{\"provider\":").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/integrations/sms").status()).isEqualTo(404);
	}

	@Test
	void needsAnOwnerKey() {
		ApiClient writer = api.withKey(StoreFixtures.keyFor(context, store.id(), ApiKeyScope.WRITE));

		assertThat(writer
			.put("/api/v1/integrations/sms",
					"""
							{"provider":"twilio","accountSid":"%s","authToken":"t","fromNumber":"+15005550006"}"""
						.formatted(SID))
			.status()).isEqualTo(403);
		assertThat(writer.get("/api/v1/integrations/sms").status()).isEqualTo(403);
	}

	private ApiClient.Response delete() {
		try {
			var response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/integrations/sms"))
					.header("Authorization", "Bearer " + store.ownerKey())
					.DELETE()
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			return new ApiClient.Response(response.statusCode(), response.body(), response);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
