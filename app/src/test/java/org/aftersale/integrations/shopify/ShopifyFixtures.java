package org.aftersale.integrations.shopify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;

import org.aftersale.testing.ThirdPartyFixtures;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shopify's recorded resources from {@code third-party/shopify_rest_fixtures}, and
 * signatures the way Shopify computes them.
 */
final class ShopifyFixtures {

	static final String FOLDER = "shopify_rest_fixtures/";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ShopifyFixtures() {
	}

	static byte[] bytes(String file) {
		return ThirdPartyFixtures.bytes(FOLDER + file);
	}

	static JsonNode tree(String file) {
		return JSON.readTree(bytes(file));
	}

	/**
	 * The Order resource of {@code order.json}, changed by {@code edit}, as compact
	 * bytes.
	 */
	static byte[] order(Consumer<ObjectNode> edit) {
		ObjectNode order = (ObjectNode) tree("order.json").get("order").deepCopy();
		edit.accept(order);
		return JSON.writeValueAsBytes(order);
	}

	static String sign(String secret, byte[] body) {
		return Base64.getEncoder()
			.encodeToString(ShopifyWebhookVerifier.hmac(secret.getBytes(StandardCharsets.UTF_8), body));
	}

}
