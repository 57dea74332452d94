package org.aftersale.stores.web;

import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.webhooks.WebhookFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/api-keys}: an owner key makes, lists and revokes the store's keys; a
 * key's secret is shown once; read and write keys manage nothing; another store's key is
 * not found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiKeyApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test // #16
	void makesListsAndRevokesKeysWithTheOwnerKeyOnly() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient owner = store.api(port);

		ApiClient.Response created = owner.post("/api/v1/api-keys", "{\"name\":\"Warehouse\",\"scope\":\"read\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String readKey = created.json().get("apiKey").asString();
		String readId = created.json().get("id").asString();
		assertThat(created.json().get("scope").asString()).isEqualTo("read");
		ApiClient reader = owner.withKey(readKey);
		String writeKey = owner.post("/api/v1/api-keys", "{\"name\":\"Shop\",\"scope\":\"write\"}")
			.json()
			.get("apiKey")
			.asString();
		ApiClient writer = owner.withKey(writeKey);

		assertThat(reader.get("/api/v1/orders").status()).isEqualTo(200);
		assertThat(reader.post("/api/v1/api-keys", "{\"name\":\"x\",\"scope\":\"owner\"}").status()).isEqualTo(403);
		assertThat(writer.post("/api/v1/api-keys", "{\"name\":\"x\",\"scope\":\"owner\"}").status()).isEqualTo(403);
		assertThat(writer.get("/api/v1/api-keys").status()).isEqualTo(403);
		assertThat(
				writer.post("/api/v1/webhooks", "{\"url\":\"https://erp.example.com/x\",\"events\":[\"*\"]}").status())
			.isEqualTo(403);
		assertThat(owner.post("/api/v1/api-keys", "{\"name\":\"x\",\"scope\":\"admin\"}").status()).isEqualTo(422);

		ApiClient.Response list = owner.get("/api/v1/api-keys?limit=2");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("items")).hasSize(2);
		assertThat(list.json().get("items").get(0).get("name").asString()).isEqualTo("Shop");
		assertThat(list.body()).doesNotContain(readKey).doesNotContain(writeKey).doesNotContain("apiKey");
		ApiClient.Response rest = owner.get("/api/v1/api-keys?cursor=" + list.json().get("nextCursor").asString());
		assertThat(rest.json().get("items")).hasSize(1);
		assertThat(rest.json().get("items").get(0).get("name").asString()).startsWith("Initial owner key");

		OpenedStore other = StoreFixtures.openStore(environment, port);
		assertThat(WebhookFixtures.delete(port, other.ownerKey(), "/api/v1/api-keys/" + readId).status())
			.isEqualTo(404);
		assertThat(WebhookFixtures.delete(port, store.ownerKey(), "/api/v1/api-keys/" + readId).status())
			.isEqualTo(204);
		assertThat(reader.get("/api/v1/orders").status()).isEqualTo(401);
	}

}
