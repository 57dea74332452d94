package org.aftersale.tracking.web;

import java.util.Map;

import org.aftersale.kernel.StoreId;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.testing.AdminBrowser;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.aftersale.tracking.polling.CarrierAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carrier credentials through the API and the admin page: stored sealed, shown only as
 * "set, ending …", validated per carrier, and never visible to another store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarrierSettingsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CarrierAccounts accounts;

	@Test
	void storesCredentialsSealedAndListsThemWithoutSecrets() {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);

		ApiClient.Response saved = api.put("/api/v1/integrations/carriers/fedex",
				"{\"clientId\":\"l7xx-fedex-client-0042\",\"clientSecret\":\"fedex-very-secret-9876\","
						+ "\"accountNumber\":\"740561073\",\"enabled\":true}");
		JsonNode listed = api.get("/api/v1/integrations/carriers").json();

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("clientSecret").asString()).isEqualTo("…9876");
		assertThat(listed.findValuesAsString("carrier")).containsExactly("dhl", "fedex", "ups", "usps");
		assertThat(listed.toString()).doesNotContain("fedex-very-secret", "l7xx-fedex-client");
		assertThat(listed.get(1).get("configured").asBoolean()).isTrue();
		assertThat(listed.get(0).get("configured").asBoolean()).isFalse();
		String stored = jdbc.sql("select client_secret_sealed from tracking.carrier_credential where store_id = :store")
			.param("store", store.id().value())
			.query(String.class)
			.single();
		assertThat(stored).startsWith("v2:").doesNotContain("fedex-very-secret");
		ApiClient other = StoreFixtures.openStore(environment, port).api(port);
		assertThat(other.get("/api/v1/integrations/carriers").body()).doesNotContain("9876");
	}

	@Test
	void refusesMissingFieldsAndUnknownCarriersAndKeepsStoredSecrets() {
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);

		assertThat(api.put("/api/v1/integrations/carriers/ups", "{\"clientId\":\"id\"}").status()).isEqualTo(422);
		assertThat(api.put("/api/v1/integrations/carriers/dhl", "{\"clientId\":\"id\"}").body()).contains("apiKey");
		assertThat(api.put("/api/v1/integrations/carriers/pigeon", "{\"apiKey\":\"k\"}").status()).isEqualTo(404);
		api.put("/api/v1/integrations/carriers/dhl", "{\"apiKey\":\"dhl-key-1234\"}");
		ApiClient.Response renamed = api.put("/api/v1/integrations/carriers/dhl", "{\"enabled\":false}");
		assertThat(renamed.json().get("apiKey").asString()).isEqualTo("…1234");
		assertThat(renamed.json().get("enabled").asBoolean()).isFalse();
	}

	@Test
	void showsEachCarrierOnTheAdminPageWithOnlyTheEndOfItsSecrets() {
		InitialCredentials credentials = InitialCredentials.of(environment);
		new ApiClient(port, credentials.apiKey()).put("/api/v1/integrations/carriers/dhl",
				"{\"apiKey\":\"dhl-admin-key-4321\"}");
		AdminBrowser browser = AdminBrowser.signIn(port, credentials);

		String page = browser.get("/admin/settings/carriers").body();
		assertThat(page).contains("Carriers", "set, ending …4321", "href=\"/admin/settings/carriers\"")
			.doesNotContain("dhl-admin-key");

		String afterSave = browser
			.submit("/admin/settings/carriers",
					Map.of("carrier", "ups", "clientId", "ups-client-7777", "clientSecret", "ups-secret-5555",
							"enabled", "true"))
			.body();
		assertThat(afterSave).contains("Saved the ups credentials", "set, ending …5555", "set, ending …7777")
			.doesNotContain("ups-secret-5555");
		assertThat(browser.submit("/admin/settings/carriers", Map.of("carrier", "usps", "clientId", "only-id")).body())
			.contains("clientSecret must be set");
	}

}
