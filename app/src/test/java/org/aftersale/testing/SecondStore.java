package org.aftersale.testing;

import java.util.UUID;

/**
 * Opens a further store through the API with the first store's owner key, to prove that
 * one store never sees another's data.
 */
public final class SecondStore {

	private SecondStore() {
	}

	/**
	 * @return an API client holding the new store's owner key
	 */
	public static ApiClient open(ApiClient owner) {
		String slug = "other-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response created = owner.post("/api/v1/stores",
				"{\"name\":\"Other store\",\"slug\":\"" + slug + "\"}");
		if (created.status() != 201) {
			throw new IllegalStateException("could not open a second store: " + created.body());
		}
		return owner.withKey(created.json().get("apiKey").asString());
	}

}
