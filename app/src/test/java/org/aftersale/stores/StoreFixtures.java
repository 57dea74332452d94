package org.aftersale.stores;

import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stores opened the way an integrator opens them, so that each test works in a store of
 * its own and never sees another test's orders.
 */
public final class StoreFixtures {

	/** A store just opened through the API, with its owner key. */
	public record OpenedStore(StoreId id, String slug, String ownerKey) {

		public ApiClient api(int port) {
			return new ApiClient(port, ownerKey);
		}

	}

	private StoreFixtures() {
	}

	/** Opens a further store with the first store's owner key. */
	public static OpenedStore openStore(Environment environment, int port) {
		String slug = "store-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response response = new ApiClient(port, InitialCredentials.of(environment).apiKey())
			.post("/api/v1/stores", "{\"name\":\"Store " + slug + "\",\"slug\":\"" + slug + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return new OpenedStore(StoreId.of(response.json().get("id").asString()), slug,
				response.json().get("apiKey").asString());
	}

	/** A key of the given scope for the store, issued the way the admin issues it. */
	public static String keyFor(ApplicationContext context, StoreId storeId, ApiKeyScope scope) {
		return context.getBean(ApiKeyIssuer.class).issue(storeId, scope.wireName() + " key", scope, null).token();
	}

}
